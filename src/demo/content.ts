import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One Markdown document of the shop (FAQ, shipping, returns…), used for answers to shop questions (R14). */
export type ContentDoc = { name: string; text: string };

// Markdown is not compiled, so from dist/src/demo look back into the source tree of the clone.
const candidates = [
  new URL('./content/', import.meta.url),
  new URL('../../../src/demo/content/', import.meta.url),
];

/** Folder holding the demo shop's Markdown documents. */
export function demoContentDir(): string {
  for (const url of candidates) {
    const dir = fileURLToPath(url);
    if (existsSync(dir)) return dir;
  }
  throw new Error('demo content folder src/demo/content not found');
}

/** The demo shop's FAQ and policy documents, sorted by file name. */
export function loadDemoContent(dir: string = demoContentDir()): ContentDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f.replace(/\.md$/, ''), text: readFileSync(`${dir}/${f}`, 'utf8') }));
}
