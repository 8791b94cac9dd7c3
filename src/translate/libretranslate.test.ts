import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreTranslateTranslator } from './libretranslate.js';
import { isTranslated } from './translator.js';

/** A tiny LibreTranslate-speaking server: enough of the API to test the adapter for real over HTTP. */
function fakeLibreTranslate(): Promise<{ url: string; server: Server; seen: unknown[] }> {
  const seen: unknown[] = [];
  const dict: Record<string, string> = {
    'es|en|Hola amigo': 'Hello friend',
    'en|es|Thank you': 'Gracias',
  };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && req.url === '/languages') {
        res.end(
          JSON.stringify([
            { code: 'en', name: 'English', targets: ['es', 'en'] },
            { code: 'es', name: 'Spanish', targets: ['en'] },
            { code: 'ja', name: 'Japanese', targets: ['en'] },
          ]),
        );
        return;
      }
      if (req.method === 'POST' && req.url === '/translate') {
        const body = JSON.parse(raw) as {
          q: string;
          source: string;
          target: string;
          format: string;
          api_key?: string;
        };
        seen.push(body);
        if (body.q === 'slow') return; // never answers: exercises the timeout
        if (body.api_key === 'wrong') {
          res.statusCode = 403;
          res.end(JSON.stringify({ error: 'Invalid API key' }));
          return;
        }
        const out = dict[`${body.source}|${body.target}|${body.q}`];
        if (!out) {
          res.statusCode = 400;
          res.end(JSON.stringify({ error: `${body.target} is not supported` }));
          return;
        }
        res.end(JSON.stringify({ translatedText: out }));
        return;
      }
      res.statusCode = 404;
      res.end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
        server,
        seen,
      });
    });
  });
}

describe('libreTranslateTranslator', () => {
  let fake: Awaited<ReturnType<typeof fakeLibreTranslate>>;
  beforeAll(async () => {
    fake = await fakeLibreTranslate();
  });
  afterAll(() => {
    fake.server.closeAllConnections();
    fake.server.close();
  });

  it('translates with POST /translate {q, source, target, format: text}', async () => {
    const t = await libreTranslateTranslator({ url: fake.url, apiKey: 'k1' }).translate(
      'Hola amigo',
      'es',
      'en',
    );
    expect(t).toEqual({ text: 'Hello friend', engine: 'libretranslate' });
    expect(fake.seen.at(-1)).toEqual({
      q: 'Hola amigo',
      source: 'es',
      target: 'en',
      format: 'text',
      api_key: 'k1',
    });
  });

  it('lists pairs among our languages only', async () => {
    const pairs = await libreTranslateTranslator({ url: fake.url }).pairs();
    expect(pairs).toEqual([
      { from: 'en', to: 'es' },
      { from: 'es', to: 'en' },
    ]);
  });

  it('reports a refused pair as untranslated with the reason', async () => {
    const t = await libreTranslateTranslator({ url: fake.url }).translate('Hallo', 'de', 'en');
    expect(isTranslated(t)).toBe(false);
    if (!isTranslated(t)) expect(t.reason).toContain('HTTP 400');
  });

  it('reports a rejected key as untranslated', async () => {
    const t = await libreTranslateTranslator({ url: fake.url, apiKey: 'wrong' }).translate(
      'Thank you',
      'en',
      'es',
    );
    expect(isTranslated(t)).toBe(false);
    if (!isTranslated(t)) expect(t.reason).toContain('Invalid API key');
  });

  it('gives up after the timeout and says so', async () => {
    const t = await libreTranslateTranslator({ url: fake.url, timeoutMs: 300 }).translate(
      'slow',
      'en',
      'es',
    );
    expect(t).toEqual({
      untranslated: true,
      reason: 'The translation service is not answering (timed out).',
    });
  });
});
