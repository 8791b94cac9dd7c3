import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const dovecotBinary = process.env['DOVECOT_PATH'] ?? '/usr/sbin/dovecot';

/** Why the IMAP tests cannot run here, or null. Under CI=true they must run (.ci/run installs dovecot-imapd). */
export function dovecotSkipReason(): string | null {
  if (process.env['CI'] === 'true') return null;
  return existsSync(dovecotBinary)
    ? null
    : `no Dovecot at ${dovecotBinary} (apt-get install dovecot-imapd, or run bash .ci/run)`;
}

export type RunningDovecot = {
  port: number;
  user: string;
  password: string;
  url: string;
  dir: string;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null)
      throw new Error(
        `dovecot exited (${child.exitCode}): ${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : ''}`,
      );
    const open = await new Promise<boolean>((resolve) => {
      const c = createConnection({ port, host: '127.0.0.1' });
      c.once('connect', () => {
        c.destroy();
        resolve(true);
      });
      c.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not listen on ${port}`);
}

/**
 * A real Dovecot IMAP server on 127.0.0.1, configured in a temporary folder: one user from a
 * passwd-file, a Maildir, no TLS, a free non-privileged port. Runs as the current user; as root,
 * mail is kept as `nobody` (Dovecot refuses root as a mail user).
 */
export async function startDovecot(): Promise<RunningDovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'makerdesk-dovecot-'));
  const port = await freePort();
  const me = userInfo();
  const asRoot = me.uid === 0;
  const mailUid = asRoot ? 65534 : me.uid;
  const mailGid = asRoot ? 65534 : me.gid;
  const user = 'help@shop.example';
  const password = 'imap-test-password';
  for (const d of ['run', 'state', 'mail', 'home']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`);
  const log = join(dir, 'dovecot.log');
  const conf = `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${log}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = ${mailUid}
first_valid_gid = ${mailGid}
${asRoot ? '' : `default_login_user = ${me.username}\ndefault_internal_user = ${me.username}\n`}mail_location = maildir:${dir}/mail/%n
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${mailUid} gid=${mailGid} home=${dir}/home/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
  writeFileSync(join(dir, 'dovecot.conf'), conf);
  if (asRoot) {
    // Dovecot's auth and mail processes drop root: they must reach the folder and the passwd-file.
    chmodSync(dir, 0o711);
    chmodSync(join(dir, 'passwd'), 0o644);
    chownSync(join(dir, 'mail'), mailUid, mailGid);
    chownSync(join(dir, 'home'), mailUid, mailGid);
  }
  const child = spawn(dovecotBinary, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  await waitForPort(port, child, log);
  return {
    port,
    user,
    password,
    dir,
    url: `imap://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/INBOX`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
