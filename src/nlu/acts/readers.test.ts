import { describe, expect, it } from 'vitest';
import {
  detectAffirm,
  detectLanguageName,
  detectOrdinal,
  detectScore,
  extractValue,
  isForeignScript,
  looksUnsupported,
  valueAfterLead,
} from './readers.js';

describe('dialogue acts', () => {
  it.each([
    ['yes please', 'yes'],
    ['Sí, por favor', 'yes'],
    ['oui', 'yes'],
    ['ja, gerne', 'yes'],
    ['sì', 'yes'],
    ['sim', 'yes'],
    ['👍', 'yes'],
    ['no thanks', 'no'],
    ['non merci', 'no'],
    ['nein', 'no'],
    ['não', 'no'],
    ['Emma', null],
    ['yes but where is my order and when will it ship then', null],
  ])('affirm %j → %j', (text, expected) => {
    expect(detectAffirm(text)).toBe(expected);
  });

  it.each([
    ['the second one', 2],
    ['2', 2],
    ['la segunda', 2],
    ['le premier', 1],
    ['die dritte', 3],
    ['the last one', -1],
    ['Emma', null],
  ])('ordinal %j → %j', (text, expected) => {
    expect(detectOrdinal(text)).toBe(expected);
  });

  it.each([
    ['actually make it Emma', 'Emma'],
    ['Mia should be Maia', 'Maia'],
    ['make it "Léa & Tom"', 'Léa & Tom'],
    ['Emma', 'Emma'],
    ['en realidad, ponle Lucía', 'Lucía'],
    ['x'.repeat(200), null],
  ])('value %j → %j', (text, expected) => {
    const quoted = /"([^"]+)"/.exec(text)?.[1];
    expect(extractValue(text, quoted)).toBe(expected);
  });

  it('reads scores, language names and foreign scripts', () => {
    expect(detectScore('5')).toBe(5);
    expect(detectScore('★★★')).toBe(3);
    expect(detectScore('6')).toBeNull();
    expect(detectLanguageName('Español')).toBe('es');
    expect(isForeignScript('我的订单在哪里')).toBe(true);
    expect(isForeignScript('où est ma commande')).toBe(false);
    expect(looksUnsupported('Waar is mijn bestelling? Ik wacht al twee weken.', 0.9)).toBe(true);
    expect(looksUnsupported('Posso ancora cambiare l’incisione della collana?', 0.9)).toBe(false);
    expect(looksUnsupported('Wo ist meine Bestellung?', 0.99)).toBe(false);
    expect(looksUnsupported('Emma', 0)).toBe(false);
  });
});

describe('values and languages in customers’ own words', () => {
  it('takes the value out of a correction with a spelling hint, in six languages', () => {
    expect(extractValue('sorry, I meant Maya with a y', undefined)).toBe('Maya');
    expect(extractValue('i mean Zoe with two e’s', undefined)).toBe('Zoe');
    expect(extractValue('perdón, quise decir Inés con la s', undefined)).toBe('Inés');
    // Two letters of a spelling ("ph", "th", "ll") and a hint without a letter ("sin h").
    expect(extractValue('Sophia com ph', undefined)).toBe('Sophia');
    expect(extractValue('Matthias mit th', undefined)).toBe('Matthias');
    expect(extractValue('Ana sin h', undefined)).toBe('Ana');
    expect(extractValue('Mia con Luis', undefined)).toBe('Mia con Luis');
    expect(valueAfterLead('vc pode colocar Sophia? com ph')).toBe('Sophia');
    expect(valueAfterLead('puedes poner Lucía?')).toBe('Lucía');
    expect(valueAfterLead('Sophia')).toBeNull();
    expect(extractValue('pardon, je voulais dire Maïa avec un ï', undefined)).toBe('Maïa');
    expect(extractValue('ich meinte Maya mit y', undefined)).toBe('Maya');
    expect(extractValue('scusa, intendevo Maya con la y', undefined)).toBe('Maya');
    expect(extractValue('desculpa, quis dizer Maya com y', undefined)).toBe('Maya');
    // A word after "con" is part of the text, not a spelling hint.
    expect(extractValue('Rosa con amor', undefined)).toBe('Rosa con amor');
  });

  it('strips lead-ins and polite endings written with accents', () => {
    expect(extractValue("C + M s'il vous plaît", undefined)).toBe('C + M');
    expect(extractValue('deve esserci scritto Maia', undefined)).toBe('Maia');
    expect(extractValue('que ponga Maia', undefined)).toBe('Maia');
  });

  it('takes Polish for a language we do not speak, but not a Polish name in an English message', () => {
    expect(looksUnsupported('Dziękuję bardzo! A czy wysyłacie też do Polski?', 0.5)).toBe(true);
    expect(
      looksUnsupported('Hi, my name is Łukasz and I want to know where my order is', 0.5),
    ).toBe(false);
  });
});

describe('extractValue: the instructions around a value are not part of it', () => {
  it.each([
    ['q ponga Mía con tilde porfa', 'Mía'],
    ['metti Mia con la M maiuscola e basta', 'Mia'],
    ['Emma with a capital E please', 'Emma'],
    ['q fique Inês e pronto', 'Inês'],
    ['Jürgen mit Umlaut, das wars', 'Jürgen'],
  ])('%j → %j', (text, value) => {
    expect(extractValue(text, undefined)).toBe(value);
  });
});
