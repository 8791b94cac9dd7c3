import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/index.js';
import {
  actsLexicons,
  asksToCancel,
  readGermanRegister,
  afterAnswer,
  readAnswer,
  readClosing,
  readOrdinal,
  readNewValue,
  readProblem,
  readValueChange,
  saysAny,
  stripQuotedThread,
  wordsAfterOnly,
} from './index.js';

describe('yes and no written as sentences', () => {
  it.each([
    ['yeah go ahead and cancel it please', 'en', 'yes'],
    ['sure, that works for me', 'en', 'yes'],
    ["hmm actually no, don't cancel", 'en', 'no'],
    ['nah leave it', 'en', 'no'],
    ['sí, perfecto', 'es', 'yes'],
    ['si porfa', 'es', 'yes'],
    ['mejor no, déjalo así', 'es', 'no'],
    ['oui oui allez-y', 'fr', 'yes'],
    ['non merci', 'fr', 'no'],
    ['bon ben non, laissez tomber', 'fr', 'no'],
    ['ja, machen Sie das bitte', 'de', 'yes'],
    ['nein, doch nicht', 'de', 'no'],
    ['sì certo, procedi pure', 'it', 'yes'],
    ['no grazie lascia stare', 'it', 'no'],
    ['pode sim', 'pt', 'yes'],
    ['não, deixa pra lá', 'pt', 'no'],
  ] as const)('%j (%s) → %s', (text, lang, expected) => {
    expect(readAnswer(text, lang)).toBe(expected);
  });

  it('does not read a condition, a question or a request as an answer', () => {
    expect(readAnswer('yes but where is my order and when will it ship then', 'en')).toBeNull();
    expect(
      readAnswer('sí pero ¿cuándo llega el pedido que hice ayer por la tarde?', 'es'),
    ).toBeNull();
    expect(readAnswer('Maia', 'en')).toBeNull();
    expect(readAnswer('the blue one', 'en')).toBeNull();
    expect(readAnswer('', 'en')).toBeNull();
  });

  it('"no problem" and its neighbours are a yes', () => {
    expect(readAnswer('no problem', 'en')).toBe('yes');
    expect(readAnswer('kein Problem', 'de')).toBe('yes');
    expect(readAnswer('sem problema', 'pt')).toBe('yes');
  });
});

describe('closings', () => {
  it.each([
    ['ok great thanks!', 'en', 'thanks'],
    ['perfect, thank you so much!', 'en', 'thanks'],
    ['bye!', 'en', 'bye'],
    ['cool', 'en', 'ok'],
    ['vale gracias!!', 'es', 'thanks'],
    ['muchas gracias, que amables', 'es', 'thanks'],
    ['merci beaucoup, bonne journée', 'fr', 'bye'],
    ['super, merci', 'fr', 'thanks'],
    ['danke, das wars', 'de', 'thanks'],
    ['tschüss!', 'de', 'bye'],
    ['grazie mille!', 'it', 'thanks'],
    ['perfetto, a presto', 'it', 'bye'],
    ['valeu, obrigado!', 'pt', 'thanks'],
    ['beleza, tchau', 'pt', 'bye'],
  ] as const)('%j (%s) → %s', (text, lang, expected) => {
    expect(readClosing(text, lang)).toBe(expected);
  });

  it('a closing with a request in it is not a closing', () => {
    expect(readClosing('thanks, where is my order?', 'en')).toBeNull();
    expect(readClosing('gracias, y cuánto cuesta el envío', 'es')).toBeNull();
    expect(readClosing('danke, ich möchte noch die Adresse ändern', 'de')).toBeNull();
  });
});

describe('choices named in words', () => {
  it.each([
    ['the second one', 'en', 2],
    ['la deuxième', 'fr', 2],
    ['el primero', 'es', 1],
    ['die letzte bitte', 'de', -1],
    ['il terzo', 'it', 3],
    ['a segunda', 'pt', 2],
    ['3', 'en', 3],
  ] as const)('%j (%s) → %d', (text, lang, expected) => {
    expect(readOrdinal(text, lang)).toBe(expected);
  });

  it('"très bien" is not a third choice, and a long sentence picks nothing', () => {
    expect(readOrdinal('très bien', 'fr')).toBeNull();
    // A question that happens to contain an ordinal is a new request, never a pick.
    expect(readOrdinal('actually first, do you ship to Canada?', 'en')).toBeNull();
    expect(readOrdinal('primero, ¿enviáis a Canadá?', 'es')).toBeNull();
    expect(readOrdinal('I would like to talk to a person about my order please', 'en')).toBeNull();
  });

  it('names store credit, refunds and remakes in every language', () => {
    expect(saysAny('the store credit then', 'en', 'credit')).toBe(true);
    expect(saysAny('bon ben un avoir alors', 'fr', 'credit')).toBe(true);
    expect(saysAny('lieber eine Gutschrift', 'de', 'credit')).toBe(true);
    expect(saysAny('a new one please', 'en', 'remake')).toBe(true);
    expect(saysAny('prefiero el reembolso', 'es', 'refund')).toBe(true);
    expect(saysAny('il rimborso grazie', 'it', 'refund')).toBe(true);
    expect(saysAny('quero um novo', 'pt', 'remake')).toBe(true);
  });
});

describe('values, exceptions, photos, problems', () => {
  it.each([
    ['I want to change the engraving from Mia to Maia', 'en', 'Mia', 'Maia'],
    ['change "Mia" to "Maia" please', 'en', 'Mia', 'Maia'],
    ['cambien Mia por Maia', 'es', 'Mia', 'Maia'],
    ['remplacez Mia par Maïa', 'fr', 'Mia', 'Maïa'],
    ['ändern Sie Mia in Maya', 'de', 'Mia', 'Maya'],
    ['da Mia a Maia', 'it', 'Mia', 'Maia'],
    ['de Mia para Maia', 'pt', 'Mia', 'Maia'],
  ] as const)('old → new in %j (%s)', (text, lang, old, value) => {
    expect(readValueChange(text, lang)).toEqual({ old, value });
  });

  it.each([
    ['hi, can I still change the name to Maia? and when will it ship?', 'Maia'],
    ["I'd like to change the engraving to Maya please", 'Maya'],
    ["can I change the ring size to 8? it's a bit small", '8'],
    ['could I get the engraving changed to Maia on order 1001?', 'Maia'],
    ['can u chnage the name on my neckalce to Maia pls', 'Maia'],
    [
      'Can you change the engraving on order 1003 to "Always & Forever" with a capital F?',
      'Always & Forever',
    ],
    ['the necklace should say Maia, my daughter’s name', 'Maia'],
    ['she goes by Mimi, could you put Mimi on it instead?', 'Mimi'],
    ['please write "Mimi & Jo" on the necklace instead', 'Mimi & Jo'],
  ] as const)('only the new value in %j', (text, value) => {
    expect(readNewValue(text, 'en')).toBe(value);
  });

  it.each([
    ['es', '¿puedo cambiar el nombre a Maia? gracias', 'Maia'],
    ['es', 'quiero cambiar el nombre del collar de mi hija a Maia', 'Maia'],
    ['es', 'quiero cambiar el grabado por Lucía por favor', 'Lucía'],
    ['pt', 'dá pra mudar o nome para Maia?', 'Maia'],
    ['pt', 'quero mudar o nome da minha filha para Ana Luísa', 'Ana Luísa'],
    ['fr', 'est-ce que je peux changer le prénom en Maïa ?', 'Maïa'],
    ['fr', 'pouvez-vous modifier la gravure du collier en Léa svp', 'Léa'],
    ['de', 'kann ich den Namen noch in Maia ändern?', 'Maia'],
    ['de', 'Ändern Sie bitte den Namen auf Maya, danke', 'Maya'],
    ['it', 'Posso ancora cambiare il nome in Maia? E quando parte?', 'Maia'],
    ['it', 'cambiare il nome sulla collana di mia figlia in Maia', 'Maia'],
  ] as const)('only the new value (%s) in %j', (lang, text, value) => {
    expect(readNewValue(text, lang)).toBe(value);
  });

  it.each([
    ['fr', "elle préfère qu'on écrive Maïa avec un tréma", 'Maïa'],
    ['fr', "ma fille voudrait qu'on grave Lou à la place", 'Lou'],
    ['de', 'statt Mia soll Mila drauf stehen', 'Mila'],
    ['de', 'da muss Lea drauf, meine Tochter heißt so', 'Lea'],
    ['it', 'al posto di Mia dovrebbe esserci scritto Mia e Leo', 'Mia e Leo'],
    ['it', 'sul ciondolo ci deve essere scritto Sofia e Leo, è possibile?', 'Sofia e Leo'],
  ] as const)('the value after a word of writing (%s) in %j', (lang, text, value) => {
    expect(readNewValue(text, lang)).toBe(value);
  });

  it('a date or a sentence after a word of writing is not a value', () => {
    expect(readNewValue('die Kette soll Samstag da sein', 'de')).toBeNull();
    expect(readNewValue('die Kette soll Anfang Januar fertig sein', 'de')).toBeNull();
    expect(readNewValue("je voudrais qu'il soit prêt pour Noël", 'fr')).toBeNull();
    expect(readNewValue('deve essere spedita entro sabato', 'it')).toBeNull();
  });

  it('a description is not a new value, in any language', () => {
    expect(readNewValue('quiero cambiar el nombre a otro', 'es')).toBeNull();
    expect(readNewValue('vorrei cambiare il nome in un altro', 'it')).toBeNull();
    expect(readNewValue('den Namen bitte in etwas anderes ändern', 'de')).toBeNull();
    expect(readNewValue('changer le prénom en un autre', 'fr')).toBeNull();
    expect(readNewValue('mudar o nome para outro', 'pt')).toBeNull();
  });

  it('a description is not a new value', () => {
    expect(readNewValue('can I change the name to something else?', 'en')).toBeNull();
    expect(readNewValue('change the engraving to her full name', 'en')).toBeNull();
    expect(
      readNewValue('I need to change the engraving on my necklace, order 1001', 'en'),
    ).toBeNull();
    expect(readNewValue('can I change my address to my work', 'en')).toBeNull();
    expect(readNewValue('put it in a box instead', 'en')).toBeNull();
  });

  it.each([
    ['es', 'quería cambiar el nombre del collar del pedido 1001 a Maia, y otra cosa', 'Maia'],
    ['pt', 'queria trocar o tamanho do anel da encomenda 1003 para 6, obrigada', '6'],
    ['fr', 'je voudrais changer la taille de la bague en 6, sinon annulez-la', '6'],
    [
      'it',
      "vorrei cambiare il nome sulla collana dell'ordine 1001 in Mia Sofia. Grazie",
      'Mia Sofia',
    ],
  ] as const)('the new value named with the request (%s)', (lang, text, value) => {
    expect(readNewValue(text, lang)).toBe(value);
  });

  it('outside English, a description after the preposition is not a value', () => {
    expect(readNewValue('quiero cambiar el nombre a otro', 'es')).toBeNull();
    expect(readNewValue('queria mudar a morada para o meu trabalho', 'pt')).toBeNull();
  });

  it('a journey is not a value change', () => {
    expect(readValueChange('I ordered from your shop to my house', 'en')).toBeNull();
    expect(readValueChange('it should say Maia', 'en')).toBeNull();
  });

  it('reads keeping, exceptions and being unable to send a photo', () => {
    expect(saysAny('wait actually no, keep it as Mia', 'en', 'keep')).toBe(true);
    expect(saysAny('déjalo como está', 'es', 'keep')).toBe(true);
    expect(saysAny('can you make an exception?', 'en', 'exception')).toBe(true);
    expect(saysAny('ausnahmsweise vielleicht?', 'de', 'exception')).toBe(true);
    expect(saysAny('non posso fare una foto, l’ho buttato', 'it', 'noPhoto')).toBe(true);
    expect(saysAny("I can't take a photo", 'en', 'noPhoto')).toBe(true);
    expect(saysAny('here is the photo', 'en', 'noPhoto')).toBe(false);
  });

  it.each([
    ["the mug wasn't in the box, only the bowl", 'en', 'missing'],
    ['Das Porträt ist beschädigt angekommen', 'de', 'damaged'],
    ['la taza llegó rota', 'es', 'damaged'],
    ['il manque une tasse', 'fr', 'missing'],
    ['mi è arrivato l’articolo sbagliato', 'it', 'wrong'],
    ['o prato chegou partido', 'pt', 'damaged'],
    ['where is my order', 'en', null],
  ] as const)('problem in %j (%s) → %s', (text, lang, expected) => {
    expect(readProblem(text, lang)).toBe(expected);
  });

  it('knows what did arrive ("only the bowl")', () => {
    expect(wordsAfterOnly("the mug wasn't in the box, only the bowl", 'en').has('bowl')).toBe(true);
    expect(wordsAfterOnly('nur die Schale war drin', 'de').has('schale')).toBe(true);
  });
});

describe('pasted e-mail threads', () => {
  it('keeps the customer’s own words and drops the quoted history, in any language', () => {
    const quoted = Array.from(
      { length: 20 },
      () => '> Thanks for your order, we will write when it ships.',
    ).join('\n');
    expect(
      stripQuotedThread(
        `Where is order 1001?\n\nOn Mon, 30 Nov 2026 at 10:02, Shop <a@b.c> wrote:\n${quoted}`,
      ),
    ).toBe('Where is order 1001?');
    expect(
      stripQuotedThread(
        `¿Dónde está mi pedido?\n\nEl lun, 30 nov 2026 a las 10:02, Tienda escribió:\n${quoted}`,
      ),
    ).toBe('¿Dónde está mi pedido?');
    expect(
      stripQuotedThread(
        `Wo ist meine Bestellung?\n\nAm 30.11.2026 um 10:02 schrieb Laden <a@b.c>:\n${quoted}`,
      ),
    ).toBe('Wo ist meine Bestellung?');
    expect(stripQuotedThread('short message')).toBe('short message');
  });
});

describe('the lexicons', () => {
  it('every language fills every list', () => {
    for (const [lang, lex] of Object.entries(actsLexicons) as [
      Language,
      (typeof actsLexicons)['en'],
    ][]) {
      for (const [key, list] of Object.entries(lex))
        expect(
          Array.isArray(list) ? list.length : Object.keys(list).length,
          `${lang}.${key}`,
        ).toBeGreaterThan(0);
      expect(Object.keys(lex.itemKinds).sort(), `${lang}.itemKinds`).toEqual(
        Object.keys(actsLexicons.en.itemKinds).sort(),
      );
    }
  });
});

describe('refund said with an inflected verb', () => {
  it.each([
    ['je préfère être remboursée', 'fr'],
    ['prefiero que me lo hayan reembolsado', 'es'],
    ['preferisco essere rimborsata', 'it'],
    ['prefiro ser reembolsada', 'pt'],
    ['ich möchte das Geld erstattet bekommen', 'de'],
    ["I'd rather be refunded", 'en'],
  ] as const)('%s (%s)', (text, lang) => {
    expect(saysAny(text, lang, 'refund')).toBe(true);
  });
});

describe('the words after a leading yes or ok', () => {
  it.each([
    ['ok super. Dann bitte Maia', 'de', 'bitte Maia'],
    ['vale genial. pues que ponga Maia', 'es', 'que ponga Maia'],
    ['ok ótimo. então ponham Inês Maria', 'pt', 'ponham Inês Maria'],
    ['yes, Maia', 'en', 'Maia'],
    ['si porfa', 'es', ''],
    ['Maia', 'en', 'Maia'],
    ['yes, let’s carry on', 'en', ''],
    ['sì, continuiamo pure', 'it', ''],
  ] as const)('%s → %s', (text, lang, rest) => {
    expect(afterAnswer(text, lang as Language)).toBe(rest);
  });
});

describe('old and new value in a correction', () => {
  it('reads "I meant Maia not Mila" and "it says Jules but it should be Jude"', () => {
    expect(readValueChange('wait, I meant Maia not Mila, sorry! typing on my phone', 'en')).toEqual(
      { old: 'Mila', value: 'Maia' },
    );
    expect(readValueChange('1126, it says Jules but it should be Jude', 'en')).toEqual({
      old: 'Jules',
      value: 'Jude',
    });
  });
});

describe('requests named in so many words', () => {
  it.each([
    ['did that go through? the refund I mean', 'en', 'refundDone'],
    ['me dijeron que me devolveríais el dinero, ¿ya está hecho?', 'es', 'refundDone'],
    ["I'd rather just send it back", 'en', 'returnItem'],
    ['queria devolvê-lo e receber o dinheiro', 'pt', 'returnItem'],
    ['ho sbagliato il nome da incidere', 'it', 'ownMistake'],
    ['how long does it take to get here?', 'en', 'howLong'],
    ['no puedo mandar foto, se me ha roto el móvil', 'es', 'noPhoto'],
  ] as const)('%s (%s) says %s', (text, lang, key) => {
    expect(saysAny(text, lang as Language, key)).toBe(true);
  });
});

describe('a cancellation asked for, not one told of or turned down', () => {
  it.each([
    ['bitte stornieren Sie das und überweisen Sie mir das Geld', 'de', true],
    ['pouvez-vous annuler et me rembourser ?', 'fr', true],
    ['please cancel it and give me my money back', 'en', true],
    ['ich habe schon storniert, wo bleibt mein Geld?', 'de', false],
    ["j'ai annulé la commande, où est mon remboursement ?", 'fr', false],
    ["don't cancel, I just want the refund for the chipped lid", 'en', false],
    ['I cancelled last week, where is my refund?', 'en', false],
  ] as const)('%s (%s): %s', (text, lang, asked) => {
    expect(asksToCancel(text, lang as Language)).toBe(asked);
  });
});

describe('choosing to wait is a no', () => {
  it.each([
    ['pt', 'Prefiro esperar'],
    ['pt', 'hmm acho que vou esperar mais um pouco'],
    ['es', 'creo que mejor espero unos días'],
    ['it', 'ci ho ripensato, aspetto ancora un po'],
    ['fr', 'non, je préfère attendre'],
    ['de', 'ich warte lieber noch'],
    ['en', "I'd rather wait a bit"],
  ] as const)('%s: %j', (lang, text) => {
    expect(readAnswer(text, lang)).toBe('no');
  });
});

describe('the German register a message is written in', () => {
  it.each([
    ['kannst du mal nachsehen?', 'du'],
    ['Hast du meine Mail bekommen', 'du'],
    ['Könnt ihr das als Geschenk verpacken? Danke euch!', 'du'],
    ['Können Sie mir sagen, wann sie kommt?', 'Sie'],
    ['Wo ist Ihre Sendungsnummer?', 'Sie'],
    ['Sie ist noch nicht da.', null],
    ['Bestellung 1001, ana@example.com', null],
  ] as const)('%s → %s', (text, register) => {
    expect(readGermanRegister(text)).toBe(register);
  });
});
