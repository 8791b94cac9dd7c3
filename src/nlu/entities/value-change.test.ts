import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/index.js';
import { extractEntities } from '../entities.js';

const now = new Date('2026-11-20T12:00:00Z');
const changes = (text: string, lang: Language) =>
  extractEntities(text, { lang, now })
    .filter((e) => e.type === 'value_change')
    .map((e) => [e.old, e.value]);

describe('value_change: an old and a new value in one message', () => {
  it.each([
    ['en', 'change Mia to Maia', 'Mia', 'Maia'],
    ['en', 'can you change the name from Mia to Maia', 'Mia', 'Maia'],
    ['en', 'hi! I want to change the engraving from Mia to Maia please', 'Mia', 'Maia'],
    ['en', 'it should say Maia not Mia', 'Mia', 'Maia'],
    ['en', "change 'Forever' to 'Always'", 'Forever', 'Always'],
    ['en', 'could you please write Maia instead of Mia', 'Mia', 'Maia'],
    ['en', 'oops typo, Mia -> Maia', 'Mia', 'Maia'],
    ['en', 'replace "Love you" with "Love you always" on the mug', 'Love you', 'Love you always'],
    ['en', 'can u switch Jon to John thx', 'Jon', 'John'],
    ['en', "it's for my daughter, her name is Maia not Mia", 'Mia', 'Maia'],
    ['en', "it's Maia not Mia sorry", 'Mia', 'Maia'],
    ['en', 'Maia, not Mia', 'Mia', 'Maia'],
    ['es', 'cambien Mia por Maia', 'Mia', 'Maia'],
    ['es', 'quiero cambiar de Mia a Maia', 'Mia', 'Maia'],
    ['es', 'hola, quería cambiar el nombre de la taza de Mia a Maia, gracias', 'Mia', 'Maia'],
    ['es', 'pongan Maia en vez de Mia porfa', 'Mia', 'Maia'],
    ['es', 'debería decir Maia, no Mia', 'Mia', 'Maia'],
    ['fr', 'remplacez Mia par Maïa svp', 'Mia', 'Maïa'],
    ['fr', 'de Mia à Maïa', 'Mia', 'Maïa'],
    ['fr', 'pouvez-vous changer le prénom de Mia en Maïa ?', 'Mia', 'Maïa'],
    ['fr', 'ça devrait être Maïa et non Mia', 'Mia', 'Maïa'],
    ['fr', 'mettez Chloé au lieu de Cloé', 'Cloé', 'Chloé'],
    ['de', 'ändern Sie Mia in Maya', 'Mia', 'Maya'],
    ['de', 'bitte Mia zu Maya ändern', 'Mia', 'Maya'],
    ['de', 'können Sie den Namen von Mia auf Maya ändern?', 'Mia', 'Maya'],
    ['de', 'es soll Maya heißen, nicht Mia', 'Mia', 'Maya'],
    ['de', 'nicht Jörg, sondern Jürgen', 'Jörg', 'Jürgen'],
    ['de', 'bitte Maya statt Mia gravieren', 'Mia', 'Maya'],
    ['it', 'da Mia a Maia', 'Mia', 'Maia'],
    ['it', 'cambiate Mia con Maia', 'Mia', 'Maia'],
    ['it', 'vorrei cambiare il nome da Mia a Maia, grazie', 'Mia', 'Maia'],
    ['it', 'mettete Maia al posto di Mia', 'Mia', 'Maia'],
    ['it', 'dovrebbe essere Maia, non Mia', 'Mia', 'Maia'],
    ['pt', 'de Mia para Maia', 'Mia', 'Maia'],
    ['pt', 'trocar Mia por Maia', 'Mia', 'Maia'],
    ['pt', 'queria mudar o nome de Mia para Maia por favor', 'Mia', 'Maia'],
    ['pt', 'deveria ser Maia e não Mia', 'Mia', 'Maia'],
    ['pt', 'coloquem João em vez de Joao', 'Joao', 'João'],
    ['en', 'the print came back with a typo. it should read Sophia, not Sofia', 'Sofia', 'Sophia'],
    ['en', 'could you change it from Mia to Maia before you make it?', 'Mia', 'Maia'],
    ['en', 'pls switch Jon to John when you engrave it', 'Jon', 'John'],
  ] as const)('%s: %j', (lang, text, old, value) => {
    expect(changes(text, lang)).toEqual([[old, value]]);
  });

  it('keeps the span from the old value to the new one, quotes included', () => {
    const text = "pls change 'Forever' to 'Always'";
    const [e] = extractEntities(text, { lang: 'en' });
    expect(e).toMatchObject({ type: 'value_change', old: 'Forever', value: 'Always' });
    expect(text.slice(e!.start, e!.end)).toBe("'Forever' to 'Always'");
  });

  it('reads the change even when the language was guessed wrong', () => {
    expect(changes('de Mia para Maia', 'en')).toEqual([['Mia', 'Maia']]);
    expect(changes('bitte Mia zu Maya ändern', 'es')).toEqual([['Mia', 'Maya']]);
  });

  it.each([
    ['en', 'we are open from Monday to Friday'],
    ['en', 'do you ship from Spain to France?'],
    ['en', 'it went from bad to worse'],
    ['en', 'I want to change my address to 22 Oak Street, Oakland, CA 94607'],
    ['en', 'can I change it to express shipping?'],
    ['en', 'please change the name to Maia'],
    ['en', 'I changed my mind'],
    ['en', 'the delivery took from the 3rd to the 10th'],
    ['es', 'abrimos de lunes a viernes'],
    ['es', 'quiero cambiar la dirección a Calle Mayor 5'],
    ['fr', 'livraison de Paris à Lyon ?'],
    ['fr', 'je voudrais changer de taille'],
    ['de', 'von Montag bis Freitag'],
    ['de', 'ich möchte meine Adresse ändern'],
    ['it', 'spedite da Milano a Roma?'],
    ['it', 'dal lunedì al venerdì'],
    ['pt', 'de segunda a sexta'],
    ['pt', 'quero trocar o tamanho'],
    ['en', 'I am not angry but sad'],
    ['en', 'from 9 to 5'],
    ['en', 'wanna switch an item of order 55123 how to do it'],
    ['en', 'my address has changed i need help to edit it'],
    ['en', 'wait actually no, keep it as Mia'],
    ['en', 'no Mia is fine'],
    ['es', 'quiero cambiar algo del pedido, cómo lo hago'],
  ] as const)('%s: no change in %j', (lang, text) => {
    expect(changes(text, lang)).toEqual([]);
  });
});

describe('value_change: what is not an old value', () => {
  it('"on order 1003" is where the change goes, not the old text', () => {
    const text = 'Can you change the engraving on order 1003 to "Always & Forever" please';
    expect(changes(text, 'en')).toEqual([]);
    expect(
      extractEntities(text, { lang: 'en', now }).find((e) => e.type === 'order_number')?.value,
    ).toBe('1003');
  });

  it('a lower-case "not" sentence is no change', () => {
    expect(changes('it is not here yet and not shipped', 'en')).toEqual([]);
  });
});
