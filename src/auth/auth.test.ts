import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../domain/store.js';
import { openStore } from '../store/index.js';
import { createAuth, ensureAdminFromEnv, seedDemoUsers, sessionIdOf } from './auth.js';
import { defaultScryptCost, hashPassword, scryptCost, verifyPassword } from './password.js';

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function setup() {
  const store = await openStore('sqlite::memory:');
  opened.push(store);
  let now = new Date('2026-11-20T10:00:00Z');
  let n = 0;
  const auth = createAuth({ store, clock: () => now, newId: () => `id-${++n}` });
  return { store, auth, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('passwords', () => {
  it('hashes with scrypt and a per-user salt', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$16\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it('hashes at the OWASP cost unless the test setting asks for less, and verifies hashes made at either cost', async () => {
    expect(scryptCost({})).toBe(32768);
    expect(defaultScryptCost).toBe(2 ** 15);
    for (const bad of ['', '0', '1', '3', '1000', '-16', '16.0', ' 16', String(2 ** 21), 'cheap'])
      expect(scryptCost({ VITEST: 'true', MAKERDESK_TEST_SCRYPT_N: bad })).toBe(32768);
    expect(scryptCost({ VITEST: 'true', MAKERDESK_TEST_SCRYPT_N: '1024' })).toBe(1024);
    // Outside the test runner (a server), the setting is ignored.
    expect(scryptCost({ MAKERDESK_TEST_SCRYPT_N: '1024' })).toBe(32768);

    const cheap = await hashPassword('tulip-vase-2026');
    const setting = process.env['MAKERDESK_TEST_SCRYPT_N'];
    delete process.env['MAKERDESK_TEST_SCRYPT_N'];
    let strong: string;
    try {
      strong = await hashPassword('tulip-vase-2026');
    } finally {
      process.env['MAKERDESK_TEST_SCRYPT_N'] = setting;
    }
    expect(strong).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(cheap).toMatch(/^scrypt\$16\$8\$1\$/);
    for (const h of [cheap, strong]) {
      expect(await verifyPassword('tulip-vase-2026', h)).toBe(true);
      expect(await verifyPassword('tulip-vase-2025', h)).toBe(false);
    }
    // A hash that claims a cost that is not a power of two is refused rather than computed.
    expect(await verifyPassword('tulip-vase-2026', cheap.replace('scrypt$16$', 'scrypt$15$'))).toBe(
      false,
    );
  });

  it('never matches a malformed hash', async () => {
    for (const h of [
      '',
      'plain',
      'scrypt$1$1$1$x$y',
      'bcrypt$a$b$c$d$e',
      'scrypt$99999999$8$1$AAAAAAAAAAA$AAAA',
    ]) {
      expect(await verifyPassword('x', h)).toBe(false);
    }
  });
});

describe('createAuth', () => {
  it('adds users with a validated e-mail, role and password, refusing duplicates', async () => {
    const { auth } = await setup();
    const u = await auth.addUser({
      email: 'Rep@Shop.Example',
      role: 'rep',
      password: 'long-enough-pw',
    });
    expect(u).toEqual({ id: 'id-1', email: 'rep@shop.example', role: 'rep' });
    await expect(
      auth.addUser({ email: 'rep@shop.example', role: 'rep', password: 'long-enough-pw' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      auth.addUser({ email: 'nope', role: 'boss', password: 'short' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: expect.arrayContaining([
        expect.objectContaining({ path: ['email'] }),
        expect.objectContaining({ path: ['role'] }),
        expect.objectContaining({ path: ['password'] }),
      ]) as unknown,
    });
  });

  it('logs in, keeps the session hashed in the store, and logs out', async () => {
    const { auth, store } = await setup();
    await auth.addUser({ email: 'rep@shop.example', role: 'rep', password: 'long-enough-pw' });
    const r = await auth.login('rep@shop.example', 'long-enough-pw');
    if (!r.ok) throw new Error(r.message);
    expect(r.session.user.role).toBe('rep');
    expect(r.session.csrfToken).toHaveLength(43);
    expect(await store.sessions.get(r.token)).toBeNull();
    expect(await store.sessions.get(sessionIdOf(r.token))).not.toBeNull();
    expect((await auth.session(r.token))?.user.email).toBe('rep@shop.example');
    await auth.logout(r.token);
    expect(await auth.session(r.token)).toBeNull();
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const { auth } = await setup();
    await auth.addUser({ email: 'rep@shop.example', role: 'rep', password: 'long-enough-pw' });
    const a = await auth.login('rep@shop.example', 'wrong-password');
    const b = await auth.login('ghost@shop.example', 'wrong-password');
    expect(a).toEqual({
      ok: false,
      code: 'invalid_credentials',
      message: 'E-mail or password is wrong.',
    });
    expect(b).toEqual(a);
  });

  it('expires sessions after their lifetime', async () => {
    const { auth, advance } = await setup();
    await auth.addUser({ email: 'rep@shop.example', role: 'rep', password: 'long-enough-pw' });
    const r = await auth.login('rep@shop.example', 'long-enough-pw');
    if (!r.ok) throw new Error(r.message);
    advance(12 * 60 * 60 * 1000 - 1000);
    expect(await auth.session(r.token)).not.toBeNull();
    advance(2000);
    expect(await auth.session(r.token)).toBeNull();
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    const { auth, advance, store } = await setup();
    await auth.addUser({ email: 'rep@shop.example', role: 'rep', password: 'long-enough-pw' });
    for (let i = 0; i < 4; i++)
      expect((await auth.login('rep@shop.example', 'bad')).ok).toBe(false);
    const fifth = await auth.login('rep@shop.example', 'bad');
    expect(fifth).toMatchObject({
      ok: false,
      code: 'locked',
      lockedUntil: '2026-11-20T10:15:00.000Z',
    });
    expect(await auth.login('rep@shop.example', 'long-enough-pw')).toMatchObject({
      ok: false,
      code: 'locked',
    });
    expect((await store.audit.list()).map((e) => e.action)).toContain('user.locked');
    advance(15 * 60 * 1000 + 1);
    expect((await auth.login('rep@shop.example', 'long-enough-pw')).ok).toBe(true);
  });

  it('resets the failure count after a good login', async () => {
    const { auth } = await setup();
    await auth.addUser({ email: 'rep@shop.example', role: 'rep', password: 'long-enough-pw' });
    for (let i = 0; i < 4; i++) await auth.login('rep@shop.example', 'bad');
    expect((await auth.login('rep@shop.example', 'long-enough-pw')).ok).toBe(true);
    for (let i = 0; i < 4; i++)
      expect(await auth.login('rep@shop.example', 'bad')).toMatchObject({
        code: 'invalid_credentials',
      });
  });
});

describe('admin and demo users', () => {
  it('creates the admin from the environment once', async () => {
    const { auth, store } = await setup();
    const env = {
      MAKERDESK_ADMIN_EMAIL: 'owner@shop.example',
      MAKERDESK_ADMIN_PASSWORD: 'owner-password-1',
    };
    expect(await ensureAdminFromEnv(auth, store, env)).toBe('created');
    expect(await ensureAdminFromEnv(auth, store, env)).toBe('exists');
    expect((await store.users.byEmail('owner@shop.example'))?.role).toBe('admin');
    expect(await ensureAdminFromEnv(auth, store, {})).toBe('not_configured');
    await expect(
      ensureAdminFromEnv(auth, store, { MAKERDESK_ADMIN_EMAIL: 'x@y.example' }),
    ).rejects.toThrow(/both/);
  });

  it('seeds a demo rep, approver and maker who can log in', async () => {
    const { auth, store } = await setup();
    const users = await seedDemoUsers(auth, store);
    await seedDemoUsers(auth, store);
    expect((await store.users.list()).map((u) => u.role).sort()).toEqual([
      'approver',
      'maker',
      'rep',
    ]);
    expect((await store.users.byEmail('lucia@demo.makerdesk.test'))?.sellerId).toBe('lunastudio');
    for (const u of users) expect((await auth.login(u.email, u.password)).ok).toBe(true);
  });
});
