// Bundles the browser parts (widget, console) into dist/web with esbuild.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';

const entries = [
  { in: 'web/widget/widget.ts', out: 'dist/web/widget.js' },
  { in: 'web/console/main.tsx', out: 'dist/web/console.js' },
];
mkdirSync('dist/web', { recursive: true });
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({
    entryPoints: [e.in],
    outfile: e.out,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
}

// Static pages (the demo storefront at /) are copied as they are.
if (existsSync('web/storefront')) cpSync('web/storefront', 'dist/web', { recursive: true });
