import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { languages } from '../domain/index.js';
import { heldOutDir, loadCorpus } from './corpus-files.js';
import { flattenCorpus } from './corpus.js';
import { hasWords, isVague, segmentMessage, sentences } from './segment.js';

function parts(text: string, lang: Language = 'en'): string[] {
  return segmentMessage(text, lang).map(
    (s) => `${s.filler ? '~' : ''}${text.slice(s.start, s.end)}`,
  );
}

describe('segmentMessage', () => {
  it('splits sentences and marks greetings, names and pleasantries as filler', () => {
    expect(
      parts(
        'Hi there! My name is Ana Lopes. How are you today? I bought a mug last week.\nIt arrived chipped.',
      ),
    ).toEqual([
      '~Hi there!',
      '~My name is Ana Lopes.',
      '~How are you today?',
      'I bought a mug last week.',
      'It arrived chipped.',
    ]);
  });

  it('peels an opener off the front of a sentence that goes on', () => {
    expect(parts('good thanks my card keeps getting rejected')).toEqual([
      '~good thanks',
      'my card keeps getting rejected',
    ]);
    expect(parts("Hi, I'm Ana and I want to cancel my order")).toEqual([
      '~Hi,',
      "~I'm Ana and",
      'I want to cancel my order',
    ]);
  });

  it('leaves a "by the way" at the start of a sentence out of the request it introduces', () => {
    expect(parts('Where is order 1019? E já agora, enviam para o Reino Unido?', 'pt')).toEqual([
      'Where is order 1019?',
      'enviam para o Reino Unido?',
    ]);
    expect(parts('My order is late. Btw, is the mug dishwasher safe?')).toEqual([
      'My order is late.',
      'is the mug dishwasher safe?',
    ]);
    expect(segmentMessage('Btw, is the mug dishwasher safe?', 'en')[0]!.turn).toBe(true);
  });

  it('reads a name after an article or a title as a name intro', () => {
    expect(parts('Oi, aqui é a Júlia.', 'pt')).toEqual(['~Oi,', '~aqui é a Júlia.']);
    expect(parts('Bom dia, fala a Dona Fernanda', 'pt')).toEqual([
      '~Bom dia,',
      '~fala a Dona Fernanda',
    ]);
    expect(parts('Buongiorno, sono la signora Bianchi. Il vaso è rotto', 'it')).toEqual([
      '~Buongiorno,',
      '~sono la signora Bianchi.',
      'Il vaso è rotto',
    ]);
    expect(parts('Ciao, parla Marco. Il pacco non è arrivato', 'it')).toEqual([
      '~Ciao,',
      '~parla Marco.',
      'Il pacco non è arrivato',
    ]);
    expect(parts('Hallo, hier ist die Lena!', 'de')).toEqual(['~Hallo,', '~hier ist die Lena!']);
    expect(parts('sono la prima a scrivervi', 'it')).toEqual(['sono la prima a scrivervi']);
  });

  it('does not take "I am trying" or "this is urgent" for a name', () => {
    expect(parts('I am trying to pay')).toEqual(['I am trying to pay']);
    expect(parts('this is urgent, where is my parcel')).toEqual([
      'this is urgent, where is my parcel',
    ]);
  });

  it('splits clauses at connectors and after a question mark, leaving the connector out', () => {
    expect(parts('where is my order 1019? and do you ship to the UK?')).toEqual([
      'where is my order 1019?',
      'do you ship to the UK?',
    ]);
    expect(parts('the lid is cracked; also can I change my address')).toEqual([
      'the lid is cracked',
      'can I change my address',
    ]);
    expect(parts('cancel my order btw do you sell gift cards')).toEqual([
      'cancel my order',
      'do you sell gift cards',
    ]);
  });

  it('splits at the connectors of each language, also after accented letters', () => {
    expect(parts('Quiero cancelar mi pedido, pero también saber si envían a Chile', 'es')).toEqual([
      'Quiero cancelar mi pedido',
      'también saber si envían a Chile',
    ]);
    expect(parts('Ma commande est en retard, mais aussi livrez-vous en Suisse ?', 'fr')).toEqual([
      'Ma commande est en retard',
      'aussi livrez-vous en Suisse ?',
    ]);
    expect(parts('Das Paket fehlt, außerdem möchte ich Gutscheine kaufen', 'de')).toEqual([
      'Das Paket fehlt',
      'möchte ich Gutscheine kaufen',
    ]);
    expect(parts('Il vaso è rotto, però vorrei sapere se spedite in Svizzera', 'it')).toEqual([
      'Il vaso è rotto',
      'vorrei sapere se spedite in Svizzera',
    ]);
    expect(
      parts('Olá, sou a Rita. Quero cancelar a encomenda, mas também saber o prazo', 'pt'),
    ).toEqual(['~Olá,', '~sou a Rita.', 'Quero cancelar a encomenda', 'também saber o prazo']);
  });

  it('does not split off a one-word clause', () => {
    expect(parts('yes and also')).toEqual(['~yes and', 'also']);
    expect(parts('small but also cute')).toEqual(['small but also cute']);
  });

  it('gives nothing for text without letters or digits and keeps offsets inside the text', () => {
    expect(segmentMessage('  ?! … ', 'en')).toEqual([]);
    const text = '🙂 hello!!   where is #1042 ?';
    for (const s of segmentMessage(text, 'en')) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThan(s.end);
    }
  });
});

describe('isVague', () => {
  it('finds no request word in fillers, numbers, addresses and other scripts', () => {
    for (const text of [
      'so yeah',
      'what about it?',
      'hmm',
      'I have a question',
      'the thing from before',
      'Здравствуйте',
      '',
      '🙂',
    ])
      expect(isVague(text), text).toBe(true);
  });

  it('sees a request word when there is one', () => {
    for (const text of [
      'refund?',
      'where is #1042',
      '1001 ana@example.com',
      'tracking',
      'envío',
      'Lieferung',
    ])
      expect(isVague(text), text).toBe(false);
  });
});

describe('sentences', () => {
  const icu = (text: string, lang: Language) =>
    [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => [
      s.index,
      s.segment,
    ]);
  const ours = (text: string, lang: Language) =>
    [...sentences(text, lang)].map((s) => [s.index, s.segment]);

  it('finds the sentences Intl.Segmenter finds, one-sentence messages included', () => {
    const tricky = [
      '',
      ' ',
      'hi',
      'where is my order?',
      'where is my order?? ',
      'where is my order?!\t',
      'where is it? and the mug',
      'it arrived broken.\nplease help',
      'line one\rline two',
      'line one\u2028line two',
      'see you…',
      'Wo ist sie? „Mia“',
      'is it 2.0 or v3',
      'Mr. Smith here',
      'ok.)',
      'done. "',
      '¿dónde está mi pedido?',
      '注文はどこですか。',
      'where is it？ ',
      'order ١٢٣؟',
      'thanks!! 😀',
      'thanks 😀!!',
      'hi\u00a0!',
      'hi !\u00a0',
    ];
    const dir = heldOutDir();
    const held = dir ? flattenCorpus(loadCorpus(dir)) : [];
    const texts = [
      ...tricky.flatMap((t) => languages.map((lang) => ({ text: t, lang }))),
      ...flattenCorpus(loadCorpus()),
      ...held,
    ];
    for (const { text, lang } of texts) expect(ours(text, lang), text).toEqual(icu(text, lang));
  });
});

describe('segmentMessage with a limit', () => {
  const story = [
    'Hi there!',
    'My name is Maren Holt.',
    'I ordered a cutting board in October for my parents.',
    'The engraving was supposed to say "Anna & Piet", and I checked the spelling twice.',
    'My sister says the confirmation shows the name as "Ana".',
    'I also paid for the gift wrap with the little card.',
    'The tracking page has not changed in nine days, it just says label created.',
    'Could you tell me where order 4471 is?',
    'And also, do you ship to Norway?',
    'My aunt would like to order one too.',
  ];
  const text = [...story, ...story, 'Can you check it today?', 'Thanks so much!', '😀'].join(' ');

  it('keeps the first clauses of content and the last sentences, as the full reading has them', () => {
    const full = segmentMessage(text, 'en');
    const cut = segmentMessage(text, 'en', { clauses: 4, chars: 200 });
    expect(cut.length).toBeLessThan(full.length);
    const content = cut.filter((s) => !s.filler);
    const head = content.slice(0, 4);
    expect(head).toEqual(full.filter((s) => !s.filler).slice(0, 4));
    expect(head.map((s) => text.slice(s.start, s.end)).join(' ').length).toBeGreaterThanOrEqual(
      200,
    );
    // The last sentences, up to the last one with content, are read in full.
    expect(cut.slice(-2)).toEqual(full.slice(-2));
    expect(text.slice(cut.at(-2)!.start, cut.at(-2)!.end)).toBe('Can you check it today?');
    expect(text.slice(cut.at(-1)!.start, cut.at(-1)!.end)).toBe('Thanks so much!');
  });

  it('reads a message within the limit in full', () => {
    const short = story.slice(0, 4).join(' ');
    expect(segmentMessage(short, 'en', { clauses: 8, chars: 800 })).toEqual(
      segmentMessage(short, 'en'),
    );
  });
});

describe('hasWords', () => {
  const count = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  it('tells whether a part of a text has at least n words, as counting them all would', () => {
    const text = 'and also,  do you ship — to Norway? ok 😀 it\u00a0is 42 … x';
    for (let start = 0; start <= text.length; start++)
      for (let end = start; end <= text.length; end++)
        for (const n of [1, 2, 3])
          expect(hasWords(text, n, start, end), `${start}–${end} ≥ ${n}`).toBe(
            count(text.slice(start, end)) >= n,
          );
  });
});
