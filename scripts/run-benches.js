// Runs every compiled benchmark in dist/bench one after the other; they print, never fail on timing.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = 'dist/bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.js'))
  .sort();
const only = process.argv[2];
for (const f of files) {
  if (only && !f.includes(only)) continue;
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, [`${dir}/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
