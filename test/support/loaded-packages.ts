// Starts a runtime the way `makerdesk serve` does (SQLite, no web files), prints which CommonJS packages it loaded.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime } from '../../src/app.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-loaded-'));
const runtime = await createRuntime({
  dbUrl: `sqlite:${join(dir, 'shop.db')}`,
  demo: true,
  uploadsDir: join(dir, 'uploads'),
  apiKey: null,
  logger: false,
  webDir: null,
});
const first = await runtime.app.inject({
  method: 'POST',
  url: '/api/v1/conversations',
  payload: { channel: 'web' },
});
const packages = new Set(
  Object.keys(createRequire(import.meta.url).cache).flatMap((f) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f);
    return m?.[1] ? [m[1]] : [];
  }),
);
await runtime.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ status: first.statusCode, packages: [...packages].sort() }));
