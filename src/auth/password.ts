import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt cost: N=2^15, r=8, p=1 (~32 MiB, tens of ms) — OWASP's recommended minimum.
export const defaultScryptCost = 32768;
const blockSize = 8;
const parallelism = 1;

/**
 * The cost N new hashes use: the default, unless `MAKERDESK_TEST_SCRYPT_N` (a power of two from
 * 2 to 2^20) asks otherwise inside the test runner (`VITEST` set). Only the test setup sets it, so
 * fixtures that create accounts stay fast; a server ignores it, so a stray setting can never
 * weaken real accounts. Every hash records its own N, so hashes made at either cost keep verifying.
 */
export function scryptCost(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['MAKERDESK_TEST_SCRYPT_N'];
  if (env['VITEST'] === undefined || raw === undefined || !/^\d{1,7}$/.test(raw))
    return defaultScryptCost;
  const n = Number(raw);
  return n >= 2 && n <= 2 ** 20 && (n & (n - 1)) === 0 ? n : defaultScryptCost;
}
const keyLength = 64;

function derive(
  password: string,
  salt: Buffer,
  opts: ScryptOptions,
  length: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      length,
      { ...opts, maxmem: 128 * opts.N! * opts.r! * 2 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** Hashes a password with scrypt and a fresh 16-byte salt: `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const params = { N: scryptCost(), r: blockSize, p: parallelism };
  const key = await derive(password, salt, params, keyLength);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Checks a password against a stored hash in constant time; malformed hashes never match. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!N || !r || !p || N < 2 || (N & (N - 1)) !== 0 || N > 2 ** 20 || r > 32 || p > 16)
    return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length < 8 || expected.length < 32) return false;
  const key = await derive(password, salt, { N, r, p }, expected.length);
  return timingSafeEqual(key, expected);
}
