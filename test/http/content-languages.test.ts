import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app.js';

/* R13 + R14 through the server: the shop's documents in the customer's language, demo or a shop's own folder. */

const apiKey = 'integration-key-0123456789';
const dirs: string[] = [];
const runtimes: Runtime[] = [];

afterAll(async () => {
  for (const r of runtimes) await r.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function runtimeWith(opts: { demo: boolean; contentDir?: string }): Promise<Runtime> {
  const dir = await mkdtemp(join(tmpdir(), 'makerdesk-content-'));
  dirs.push(dir);
  const r = await createRuntime({
    dbUrl: `sqlite:${join(dir, 'shop.db')}`,
    uploadsDir: join(dir, 'uploads'),
    apiKey,
    logger: false,
    webDir: null,
    ...opts,
  });
  runtimes.push(r);
  return r;
}

async function ask(runtime: Runtime, text: string): Promise<string> {
  const c = await runtime.app.inject({
    method: 'POST',
    url: '/api/v1/conversations',
    payload: { channel: 'web' },
  });
  const { id, token } = c.json<{ id: string; token: string }>();
  const res = await runtime.app.inject({
    method: 'POST',
    url: `/api/v1/conversations/${id}/messages`,
    payload: { text },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.statusCode).toBe(200);
  return res
    .json<{ replies: { text: string }[] }>()
    .replies.map((r) => r.text)
    .join('\n');
}

describe('shop questions in the customer’s language over HTTP', () => {
  let demo: Runtime;
  beforeAll(async () => {
    demo = await runtimeWith({ demo: true });
  }, 60_000);

  it.each([
    ['¿El esmalte de las tazas es apto para alimentos?', 'sin plomo y aptos para uso alimentario'],
    ['Combien coûtent les frais de port pour la France ?', 'France comprise'],
    ['Wie lange dauert eine Sonderanfertigung?', 'Sonderanfertigung'],
    ['Che misura di anello devo prendere?', 'cambio misura'],
    ['Quanto custam os portes para Portugal?', 'Portugal incluído'],
  ])('demo shop: %s', async (q, fact) => {
    expect(await ask(demo, q)).toContain(fact);
  });

  it('reads the language of a shop’s own documents from their file names', async () => {
    const content = await mkdtemp(join(tmpdir(), 'makerdesk-docs-'));
    dirs.push(content);
    await mkdir(content, { recursive: true });
    await writeFile(
      join(content, 'faq.md'),
      '# FAQ\n\n## How long does a custom order take?\nAbout **three weeks** from your order.\n',
    );
    await writeFile(
      join(content, 'faq.de.md'),
      '# Häufige Fragen\n\n## Wie lange dauert eine Sonderanfertigung?\nEtwa **drei Wochen** ab Ihrer Bestellung.\n',
    );
    const r = await runtimeWith({ demo: false, contentDir: content });
    expect(await ask(r, 'Wie lange dauert eine Sonderanfertigung bei Ihnen?')).toContain(
      'drei Wochen',
    );
    expect(await ask(r, 'How long does a custom order take?')).toContain('three weeks');
  }, 60_000);
});
