import { describe, expect, it } from 'vitest';
import { createTranslator, noTranslator } from './index.js';

describe('createTranslator', () => {
  it('chooses the adapter by kind', () => {
    expect(createTranslator({}).name).toBe('none');
    expect(createTranslator({ kind: 'apertium', url: 'http://127.0.0.1:2737' }).name).toBe(
      'apertium',
    );
    expect(createTranslator({ kind: 'libretranslate', url: 'http://127.0.0.1:5000' }).name).toBe(
      'libretranslate',
    );
  });

  it('refuses unknown kinds and a libretranslate without URL', () => {
    expect(() => createTranslator({ kind: 'google' })).toThrow(
      /must be one of apertium, libretranslate, none/,
    );
    expect(() => createTranslator({ kind: 'libretranslate' })).toThrow(/MAKERDESK_TRANSLATOR_URL/);
  });
});

describe('noTranslator', () => {
  it('leaves other languages untranslated, honestly', async () => {
    expect(await noTranslator().translate('Hola', 'es', 'en')).toMatchObject({
      untranslated: true,
    });
    expect(await noTranslator().translate('Hi', 'en', 'en')).toEqual({
      text: 'Hi',
      engine: 'none',
    });
  });
});
