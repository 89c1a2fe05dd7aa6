import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

export const DOVECOT = '/usr/sbin/dovecot';
/** Dovecot comes from Debian's dovecot-imapd package; without it the IMAP tests cannot run. */
export const hasDovecot = existsSync(DOVECOT);

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  url(mailbox?: string, query?: string): string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const accepting = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/**
 * A throwaway Dovecot IMAP server on a free port with one user and a maildir in a temp folder,
 * plain-text login (no TLS): enough to test the poller against a real IMAP implementation.
 */
export async function startDovecot(): Promise<Dovecot> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atende-dovecot-'));
  await chmod(dir, 0o755); // Dovecot's auth process (user dovecot) reads the passwd file in here
  const port = await freePort();
  const me = userInfo();
  // As root, mail is owned by nobody (Dovecot refuses uid 0); otherwise by whoever runs the tests.
  const [uid, gid] = me.uid === 0 ? [65534, 65534] : [me.uid, me.gid];
  const home = path.join(dir, 'home', 'tester');
  await mkdir(home, { recursive: true });
  await Promise.all(['run', 'state'].map((d) => mkdir(path.join(dir, d))));
  if (me.uid === 0) await chown(home, uid, gid);
  await writeFile(path.join(dir, 'passwd'), `tester:{PLAIN}tester-secret:${uid}:${gid}::${home}\n`);
  const nonRoot = me.uid === 0 ? '' : `default_login_user = ${me.username}\ndefault_internal_user = ${me.username}\n`;
  await writeFile(
    path.join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
${nonRoot}protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox Processed {
    auto = create
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
  );
  const child: ChildProcess = spawn(DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await accepting(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    port,
    user: 'tester',
    password: 'tester-secret',
    url: (mailbox = 'INBOX', query = '') => `imap://tester:tester-secret@127.0.0.1:${port}/${mailbox}${query}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
