import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { languages, type Language } from '../domain/index.js';
import {
  avoid,
  catalogues,
  defaultVoice,
  escapeText,
  formatMoney,
  hasMessage,
  itemParams,
  say,
} from './index.js';
import { demoOrders } from '../demo/orders.js';
import { parseOrder } from '../domain/index.js';
import { en } from './messages/en.js';
import { formalCatalogues, type MessageId } from './messages/index.js';
import { deDu } from './messages/de-du.js';

const keys = Object.keys(en).sort();
/** Params only some languages need, to agree with another param (gender of `item`). */
const grammar = ['itemGender'];
/** A field's name may be said bare or with its own article ("la talla"): either is the field. */
const fieldForms = ['fieldThe', 'FieldThe'];

/** Placeholder names used by a template, so every translation asks for the same params. */
function placeholders(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: ReturnType<typeof parse>): void => {
    for (const n of nodes) {
      if ('value' in n && typeof n.value === 'string' && n.type !== TYPE.literal)
        names.add(fieldForms.includes(n.value) ? 'field' : n.value);
      if ('options' in n) for (const o of Object.values(n.options)) walk(o.value);
    }
  };
  walk(parse(template));
  return [...names].sort();
}

describe('message catalogues', () => {
  it.each(languages)('%s has every key of en, no more', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(keys);
  });

  it.each(languages)(
    '%s: every template is valid ICU and uses the same placeholders as en',
    (lang) => {
      for (const k of keys) {
        const t = catalogues[lang][k as keyof typeof en];
        expect(() => parse(t), `${lang} ${k}`).not.toThrow();
        expect(
          placeholders(t).filter((p) => !grammar.includes(p)),
          `${lang} ${k}`,
        ).toEqual(placeholders(en[k as keyof typeof en]).filter((p) => !grammar.includes(p)));
        // Agreement params travel with what they agree with.
        if (placeholders(t).includes('itemGender'))
          expect(placeholders(en[k as keyof typeof en]), `${lang} ${k}`).toContain('item');
      }
    },
  );

  it.each(languages.filter((l) => l !== 'en'))(
    '%s is written in its own language, not copied from English',
    (lang) => {
      const same = keys.filter(
        (k) =>
          catalogues[lang][k as keyof typeof en] === en[k as keyof typeof en] &&
          !k.startsWith('lang.') &&
          !/^\{?[a-z]*\}?$/.test(en[k as keyof typeof en]),
      );
      expect(same.length, same.join(', ')).toBeLessThan(8);
    },
  );
});

describe('formal register', () => {
  it('every formal override is a known key with valid ICU and the same placeholders', () => {
    for (const [lang, overrides] of Object.entries(formalCatalogues)) {
      for (const [k, t] of Object.entries(overrides ?? {})) {
        expect(keys, `${lang} ${k}`).toContain(k);
        expect(
          placeholders(t ?? '').filter((p) => !grammar.includes(p)),
          `${lang} ${k}`,
        ).toEqual(placeholders(en[k as keyof typeof en]).filter((p) => !grammar.includes(p)));
      }
    }
  });

  it('a formal shop speaks Spanish with usted', () => {
    const formal = { ...defaultVoice, formality: 'formal' as const };
    expect(say('status.thanks', { waited: 'yes' }, { lang: 'es', voice: formal })).toBe(
      '¡Muchas gracias por su paciencia!',
    );
    expect(say('status.thanks', { waited: 'yes' }, { lang: 'es', voice: defaultVoice })).toBe(
      '¡Muchas gracias por tu paciencia!',
    );
  });
});

describe('say', () => {
  it('bolds facts and fills params', () => {
    expect(say('identity.ok', { orderNumber: '1042' }, { lang: 'en', voice: defaultVoice })).toBe(
      'Thank you, I’ve found order **#1042**.',
    );
  });

  it('escapes customer text so it cannot become markup', () => {
    const out = say(
      'change.confirm',
      { field: 'engraving', item: 'Necklace', value: '<script>x</script>**bold**' },
      { lang: 'en', voice: defaultVoice },
    );
    expect(out).not.toContain('<script>');
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(escapeText('a_b')).toBe('a\\_b');
  });

  it('escapes any value exactly as the full set of rules does', () => {
    const byRules = (v: string): string =>
      v
        .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/\s+/g, ' ');
    const pieces = [
      'a',
      'Maia',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '_',
      '*',
      '<',
      '>',
      '#',
      'é',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const v = parts.join('');
        expect(escapeText(v)).toBe(byRules(v));
      }),
    );
    expect(escapeText('Maia Ruiz 1001')).toBe('Maia Ruiz 1001');
    expect(escapeText('two  spaces')).toBe('two spaces');
  });

  it('plural forms per language', () => {
    expect(
      say('status.delayed_offer_person', { days: 1 }, { lang: 'en', voice: defaultVoice }),
    ).toContain('**1 business day**');
    expect(
      say('status.delayed_offer_person', { days: 4 }, { lang: 'fr', voice: defaultVoice }),
    ).toContain('**4 jours ouvrés**');
  });

  it('adds emoji only when the shop wants them', () => {
    const p = { assistant: 'Mo', shop: 'Studio' };
    expect(say('greeting.default', p, { lang: 'en', voice: defaultVoice })).not.toMatch(/👋/u);
    expect(
      say('greeting.default', p, { lang: 'en', voice: { ...defaultVoice, emoji: true } }),
    ).toMatch(/👋/u);
  });

  it('drops words the shop avoids, whole words only', () => {
    expect(avoid('Unfortunately, we can’t. Fortunately not.', ['unfortunately'])).toBe(
      ', we can’t. Fortunately not.',
    );
    expect(
      say(
        'quality.photo_thanks',
        {},
        { lang: 'en', voice: { ...defaultVoice, avoidWords: ['photo'] } },
      ),
    ).toBe('Thank you for the.');
  });

  it('drops an avoided word from every reply, one after another', () => {
    for (let i = 0; i < 3; i++) {
      expect(avoid('ASAP, we will ship it ASAP', ['asap'])).toBe(', we will ship it');
      expect(avoid('Nothing to drop', ['asap'])).toBe('Nothing to drop');
    }
  });

  it('formats money in the customer’s language', () => {
    expect(formatMoney(4800, 'USD', 'en')).toBe('$48.00');
    expect(formatMoney(4800, 'EUR', 'de')).toMatch(/48,00\s€/u);
    expect(formatMoney(1000, 'JPY', 'en')).toBe('¥1,000');
  });
});

/** Preposition + article pairs each language always contracts ("a el" → "al", "zu dem" → "zum"). */
const uncontracted: Record<Language, RegExp> = {
  en: /(?!)/u,
  es: /(?<![\p{L}])(a|de) el(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(à|de) (le|les)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(zu|von|an|in|bei) dem(?![\p{L}])|(?<![\p{L}])zu der(?![\p{L}])/iu,
  it: /(?<![\p{L}])(a|di|da|in|su) ((il|lo|la|i|gli|le)(?![\p{L}])|l’)/iu,
  pt: /(?<![\p{L}])(a|de|em|por) (o|a|os|as)(?![\p{L}])/iu,
};
const patience: Record<Language, RegExp> = {
  en: /patience/iu,
  es: /paciencia/iu,
  fr: /patience/iu,
  de: /geduld/iu,
  it: /pazienza/iu,
  pt: /paciência/iu,
};

describe('contractions', () => {
  const topics = keys.filter((k) => k.startsWith('topic.'));
  const withTopic = keys.filter((k) => en[k as keyof typeof en].includes('{topic}'));

  it.each(languages)('%s: coming back to a topic reads naturally for every topic', (lang) => {
    expect(withTopic.length).toBeGreaterThan(0);
    for (const formality of ['informal', 'formal'] as const) {
      const voice = { ...defaultVoice, formality };
      for (const id of withTopic) {
        for (const topicKey of topics) {
          const topic = say(topicKey as keyof typeof en, {}, { lang, voice });
          const text = say(id as keyof typeof en, { topic }, { lang, voice });
          expect(text, `${lang} ${formality} ${id} + ${topicKey}`).not.toMatch(uncontracted[lang]);
        }
      }
    }
  });

  it('the check itself catches the forms customers saw', () => {
    expect('¿Volvemos a el problema?').toMatch(uncontracted.es);
    expect('Torniamo a il tuo reso?').toMatch(uncontracted.it);
    expect('Voltamos a o problema?').toMatch(uncontracted.pt);
    expect('Zurück zu der Suche.').toMatch(uncontracted.de);
    expect('On revient à le problème ?').toMatch(uncontracted.fr);
    expect('¿Seguimos con el problema de tu pieza?').not.toMatch(uncontracted.es);
  });
});

describe('status opening', () => {
  it.each(languages)(
    '%s: a first contact is not thanked for patience; a customer who waited is',
    (lang) => {
      for (const formality of ['informal', 'formal'] as const) {
        const voice = { ...defaultVoice, formality };
        const first = say('status.thanks', { waited: 'no' }, { lang, voice });
        expect(first, `${lang} ${formality}`).not.toMatch(patience[lang]);
        expect(first.length).toBeGreaterThan(5);
        expect(
          say('status.thanks', { waited: 'yes' }, { lang, voice }),
          `${lang} ${formality}`,
        ).toMatch(patience[lang]);
      }
    },
  );
});

describe('product names', () => {
  const voice = defaultVoice;
  const necklace = {
    title: 'Name necklace',
    titles: {
      de: { title: 'Namenskette', gender: 'f' as const },
      it: { title: 'Collana', gender: 'f' as const },
      es: { title: 'Collar' },
    },
  };

  it('uses the shop’s own title in the customer’s language, else the title it was sold under', () => {
    expect(itemParams(necklace, 'de')).toEqual({ item: 'Namenskette', itemGender: 'f' });
    expect(itemParams(necklace, 'es')).toEqual({ item: 'Collar', itemGender: 'other' });
    expect(itemParams(necklace, 'fr')).toEqual({ item: 'Name necklace', itemGender: 'other' });
    expect(itemParams(undefined, 'en')).toEqual({ item: '', itemGender: 'other' });
  });

  it('renders an item given without its gender in the neutral form instead of failing', () => {
    expect(say('change.allowed', { item: 'Kette' }, { lang: 'de', voice })).toContain(
      'Ihr **Kette**',
    );
  });

  const agree: [Language, 'm' | 'f' | 'n', string, RegExp][] = [
    ['de', 'f', 'change.allowed', /wir können Ihre \*\*X\*\*/u],
    ['de', 'm', 'change.allowed', /wir können Ihren \*\*X\*\*/u],
    ['de', 'f', 'change.which_field', /an Ihrer \*\*X\*\*/u],
    ['de', 'f', 'return.done_return', /für Ihre \*\*X\*\*/u],
    ['de', 'f', 'status.leadtime_personal', /^Ihre \*\*X\*\* wird/u],
    ['it', 'f', 'status.leadtime_personal', /^La tua \*\*X\*\* è fatta a mano e personalizzata/u],
    [
      'it',
      'f',
      'return.refused_personalized',
      /la tua \*\*X\*\* è stata personalizzata.*rivenduta/u,
    ],
    ['it', 'f', 'quality.remedies', /per la tua \*\*X\*\*/u],
    ['it', 'm', 'quality.remedies', /per il tuo \*\*X\*\*/u],
    ['pt', 'f', 'return.confirm_return', /^A sua \*\*X\*\* pode ser devolvida/u],
    ['pt', 'f', 'change.which_field', /na sua \*\*X\*\*/u],
    ['pt', 'm', 'change.which_field', /no seu \*\*X\*\*/u],
    [
      'fr',
      'f',
      'return.refused_final_sale',
      /vendue en \*\*vente finale\*\* : elle ne peut pas être retournée/u,
    ],
    ['fr', 'f', 'status.leadtime_handmade', /est faite main/u],
    ['es', 'f', 'return.which_kind', /o cambiarla\?/u],
    ['en', 'f', 'change.allowed', /update your \*\*X\*\*/u],
  ];
  it.each(agree)('%s: a %s item agrees in %s', (lang, gender, id, re) => {
    const params = {
      item: 'X',
      itemGender: gender,
      orderNumber: '1',
      min: 1,
      max: 2,
      field: 'f',
      value: 'v',
      current: 'c',
      stage: 's',
    };
    expect(say(id as keyof typeof en, params, { lang, voice })).toMatch(re);
  });

  it('every demo product has its own name in all five other languages, with a gender', () => {
    for (const o of demoOrders(new Date('2026-12-02T15:00:00Z'))) {
      const parsed = parseOrder(o);
      expect(parsed.ok, o.id).toBe(true);
      if (!parsed.ok) continue;
      for (const item of parsed.value.items) {
        for (const lang of languages.filter((l) => l !== 'en')) {
          expect(item.titles?.[lang]?.title, `${o.id} ${item.sku} ${lang}`).toBeTruthy();
          expect(item.titles?.[lang]?.gender, `${o.id} ${item.sku} ${lang}`).toMatch(/^[mfn]$/u);
        }
      }
    }
  });

  it('order import keeps titles given as plain names or with a gender, and rejects unknown languages', () => {
    const base = {
      id: 'T1',
      createdAt: '2026-12-01T10:00:00Z',
      currency: 'EUR',
      customer: { email: 'a@b.example' },
      payment: { total: '10.00' },
    };
    const ok = parseOrder({
      ...base,
      items: [
        {
          sku: 'S',
          title: 'Mug',
          sellerId: 'x',
          quantity: 1,
          unitPrice: 10,
          titles: { it: 'Tazza', de: { title: 'Becher', gender: 'm' } },
        },
      ],
    });
    expect(ok.ok && ok.value.items[0]?.titles).toEqual({
      it: { title: 'Tazza' },
      de: { title: 'Becher', gender: 'm' },
    });
    const bad = parseOrder({
      ...base,
      items: [
        {
          sku: 'S',
          title: 'Mug',
          sellerId: 'x',
          quantity: 1,
          unitPrice: 10,
          titles: { nl: 'Mok' },
        },
      ],
    });
    expect(bad.ok).toBe(false);
    const badGender = parseOrder({
      ...base,
      items: [
        {
          sku: 'S',
          title: 'Mug',
          sellerId: 'x',
          quantity: 1,
          unitPrice: 10,
          titles: { de: { title: 'Becher', gender: 'x' } },
        },
      ],
    });
    expect(badGender.ok).toBe(false);
  });
});

describe('German du texts (familiar register)', () => {
  it('override only known keys, each with the same placeholders as the Sie text', () => {
    for (const [id, text] of Object.entries(deDu)) {
      expect(hasMessage(id)).toBe(true);
      const names = (s: string): string[] => {
        const out = new Set<string>();
        const walk = (els: ReturnType<typeof parse>): void => {
          for (const el of els) {
            if ('value' in el && el.type !== TYPE.literal && typeof el.value === 'string')
              out.add(el.value);
            if ('options' in el)
              for (const o of Object.values(el.options) as { value: ReturnType<typeof parse> }[])
                walk(o.value);
          }
        };
        walk(parse(s));
        return [...out].sort();
      };
      expect(names(text ?? '')).toEqual(names(catalogues.de[id as MessageId]));
    }
  });

  it('is used only when the customer writes with du', () => {
    const voice = { ...defaultVoice, formality: 'formal' as const };
    expect(say('knowledge.ask', {}, { lang: 'de', voice })).toContain('möchten Sie');
    expect(say('knowledge.ask', {}, { lang: 'de', voice, familiar: true })).toContain(
      'möchtest du',
    );
    expect(say('knowledge.ask', {}, { lang: 'fr', voice, familiar: true })).toContain(
      'souhaitez-vous',
    );
  });
});
