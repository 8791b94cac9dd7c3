import { resolve } from 'node:path';
import { pino } from 'pino';
import { AppError } from '../../domain/errors.js';
import { createRuntime, type DemoInfo } from '../../app.js';
import { logRequest } from '../../http/index.js';
import type { RegisterCommand } from './index.js';
import cluster from 'node:cluster';
import { reportReady, resolveWorkers, superviseWorkers, workerNumber } from '../cluster.js';
import {
  applyHeapMode,
  collectStartupGarbage,
  resolveHeapMode,
  settleWhenIdle,
} from '../memory.js';

export type ServeFlags = {
  port?: string;
  host?: string;
  db?: string;
  demo?: boolean;
  policy?: string;
  workers?: string;
};

/** Port from --port, else PORT, else 3000 (contracts.md §1). */
export function resolvePort(flag: string | undefined, env: string | undefined): number {
  const text = flag ?? env ?? '3000';
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) {
    throw new AppError(
      'bad_request',
      `port "${text}" is not a number between 0 and 65535 (from ${flag !== undefined ? '--port' : 'PORT'})`,
    );
  }
  return n;
}

/** The lines printed when the server is up: URLs, and for the demo how to try it. */
export function banner(demo: DemoInfo | null, base: string): string[] {
  const lines = [
    '',
    `Makerdesk is running.`,
    `  Storefront with the chat widget  ${base}/`,
    `  Rep console                      ${base}/console`,
    `  API (OpenAPI)                    ${base}/api/v1/openapi.json`,
    `  Health                           ${base}/healthz`,
  ];
  if (demo) {
    const d = demo;
    lines.push(
      '',
      d.seededOrders > 0
        ? `Demo shop seeded with ${d.seededOrders} orders. Try these in the chat:`
        : 'Demo shop (already seeded). Try these in the chat:',
    );
    for (const o of d.orders)
      lines.push(`  order ${o.orderId.padEnd(6)} ${o.email.padEnd(22)} ${o.situation}`);
    if (d.logins.length > 0) {
      lines.push('', 'Console logins:');
      for (const l of d.logins)
        lines.push(`  ${l.role.padEnd(9)} ${l.email}  password: ${l.password}`);
    }
    lines.push(
      '',
      'E-mail (replies and order updates) is off in the demo. To watch its outgoing mail, run a local',
      'mail catcher (e.g. Mailpit on port 1025, web page on 8025) and start with',
      '  MAKERDESK_SMTP_URL=smtp://127.0.0.1:1025 MAKERDESK_INBOUND_SMTP_PORT=2525 npm start',
      'then write to the demo by SMTP on port 2525 (see docs/integrations.md).',
    );
  }
  lines.push('', 'Press Ctrl+C to stop.', '');
  return lines;
}

export const registerServe: RegisterCommand = (program) => {
  program
    .command('serve')
    .description('Run the HTTP server: chat API, widget, storefront and console.')
    .option('--port <n>', 'port to listen on (default: PORT, else 3000)')
    .option('--host <host>', 'address to bind (default: HOST, else 0.0.0.0)')
    .option(
      '--db <url>',
      'database: sqlite:PATH or postgres://… (default: MAKERDESK_DB, else sqlite:./data/makerdesk.db)',
    )
    .option('--demo', 'seed the demo shop if the database is empty')
    .option('--policy <file>', "the shop's policy file, YAML or JSON (default: MAKERDESK_POLICY)")
    .option(
      '--workers <n>',
      'server processes sharing the port (default: MAKERDESK_WORKERS, else 1)',
    )
    .action(async (flags: ServeFlags) => {
      const env = process.env;
      const port = resolvePort(flags.port, env['PORT']);
      const host = flags.host ?? env['HOST'] ?? '0.0.0.0';
      const workers = resolveWorkers(flags.workers, env['MAKERDESK_WORKERS']);
      const heapMode = resolveHeapMode(env['MAKERDESK_HEAP']);
      if (workers > 1 && cluster.isPrimary) {
        const shownPort = await superviseWorkers(workers, (line) =>
          process.stderr.write(`makerdesk: ${line}\n`),
        );
        process.stdout.write(`${workers} server processes on port ${shownPort}.\n`);
        return;
      }
      applyHeapMode(heapMode);
      // Only the first worker (or the only process) runs the background jobs: outbox, mail polling.
      const background = workerNumber() <= 1;
      const policyFile = flags.policy ?? env['MAKERDESK_POLICY'];
      const runtime = await createRuntime({
        dbUrl: flags.db ?? env['MAKERDESK_DB'] ?? 'sqlite:./data/makerdesk.db',
        demo: flags.demo === true,
        demoHistory: flags.demo === true,
        ...(policyFile ? { policyFile } : {}),
        ...(env['MAKERDESK_CONTENT'] ? { contentDir: resolve(env['MAKERDESK_CONTENT']) } : {}),
        uploadsDir: resolve(env['MAKERDESK_UPLOADS'] ?? './data/uploads'),
        apiKey: env['MAKERDESK_API_KEY'] || null,
        logger: pino({ level: env['LOG_LEVEL'] ?? 'info', serializers: { req: logRequest } }),
        trustProxy: env['MAKERDESK_TRUST_PROXY'] === 'true',
        env,
      });
      try {
        await runtime.app.listen({ port, host });
        if (background) await runtime.integrations.start();
      } catch (e: unknown) {
        await runtime.close();
        const code = (e as { code?: string }).code;
        if (code === 'EADDRINUSE')
          throw new AppError(
            'unavailable',
            `port ${port} is already in use; choose another with --port or PORT`,
            undefined,
            { cause: e },
          );
        if (code === 'EACCES')
          throw new AppError('forbidden', `not allowed to listen on port ${port}`, undefined, {
            cause: e,
          });
        throw e;
      }
      const address = runtime.app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      collectStartupGarbage();
      const settling = settleWhenIdle();
      if (background)
        process.stdout.write(banner(runtime.demo, `http://${shownHost}:${actualPort}`).join('\n'));
      reportReady(actualPort);
      const stop = (): void => {
        settling.stop();
        runtime.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
};
