import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apertiumMissing,
  freePort,
  mustRun,
  startApertium,
  type RunningApy,
} from '../../test/helpers/apertium.js';
import { apertiumTranslator } from './apertium.js';
import { isTranslated } from './translator.js';

const missing = apertiumMissing();
if (missing && !mustRun()) console.warn(`skipping Apertium adapter tests: ${missing}`);

describe.skipIf(missing !== null && !mustRun())(
  'apertiumTranslator against a real apertium-apy',
  () => {
    let apy: RunningApy;
    beforeAll(async () => {
      apy = await startApertium();
    });
    afterAll(async () => {
      await apy.stop();
    });

    it('lists the installed pairs in ISO 639-1', async () => {
      const pairs = await apertiumTranslator({ url: apy.url }).pairs();
      expect(pairs).toContainEqual({ from: 'es', to: 'en' });
      expect(pairs).toContainEqual({ from: 'en', to: 'es' });
    });

    it('translates a Spanish customer message to English', async () => {
      const t = await apertiumTranslator({ url: apy.url }).translate(
        'Hola, mi pedido no ha llegado todavía.',
        'es',
        'en',
      );
      expect(isTranslated(t)).toBe(true);
      if (!isTranslated(t)) return;
      expect(t.engine).toBe('apertium');
      expect(t.text.toLowerCase()).toContain('hello');
      expect(t.text.toLowerCase()).toMatch(/arrived/);
    });

    it("translates a rep's English reply to Spanish", async () => {
      const t = await apertiumTranslator({ url: apy.url }).translate(
        'Thank you for your patience. Your refund has been approved.',
        'en',
        'es',
      );
      expect(isTranslated(t)).toBe(true);
      if (!isTranslated(t)) return;
      expect(t.text.toLowerCase()).toContain('gracias');
      expect(t.pivot).toBeUndefined();
    });

    it('pivots through Spanish where the direct pair is missing, and says so', async () => {
      const tr = apertiumTranslator({ url: apy.url });
      const pairs = await tr.pairs();
      const hasFr = pairs.some((p) => p.from === 'fr' && p.to === 'es');
      if (!hasFr && !mustRun()) return;
      const t = await tr.translate('Bonjour, merci beaucoup.', 'fr', 'en');
      expect(isTranslated(t)).toBe(true);
      if (isTranslated(t)) expect(t.pivot).toBe('es');
    });

    it('says honestly that German is not available', async () => {
      const t = await apertiumTranslator({ url: apy.url }).translate(
        'Hallo, wo ist meine Bestellung?',
        'de',
        'en',
      );
      expect(t).toEqual({
        untranslated: true,
        reason: expect.stringContaining('de→en') as unknown,
      });
    });

    it('returns the text unchanged when source and target agree', async () => {
      expect(await apertiumTranslator({ url: apy.url }).translate('hello', 'en', 'en')).toEqual({
        text: 'hello',
        engine: 'apertium',
      });
    });
  },
);

describe('apertiumTranslator when the engine is down', () => {
  it('answers untranslated with a reason instead of throwing', async () => {
    const port = await freePort();
    const t = await apertiumTranslator({
      url: `http://127.0.0.1:${port}`,
      timeoutMs: 2000,
    }).translate('Hola', 'es', 'en');
    expect(t).toMatchObject({ untranslated: true });
    if (!isTranslated(t)) expect(t.reason).toMatch(/not answering/);
  });
});
