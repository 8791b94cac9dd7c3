import { describe, expect, it } from 'vitest';
import type { Intent, Language } from '../domain/index.js';
import { createNlu } from './index.js';

const nlu = createNlu();

// Messages of the kinds that went wrong when people outside the project wrote to the shop: a
// request turned down before the one wanted ("I don't want a refund, just…"), orders from other
// shops and local tips (out of scope), a parcel that "doesn't come", an express parcel stuck at
// its label. None of them is in the corpus.
const cases: [Language, string, Intent][] = [
  [
    'en',
    "I don't want a refund, I just want a new one sent out that isn't chipped",
    'damaged_item',
  ],
  [
    'en',
    "I don't want a refund, I'd rather you sent another plate, mine has a crack through it",
    'damaged_item',
  ],
  ['en', 'please stop the order, my husband already bought the same thing', 'cancel_order'],
  [
    'en',
    "not that it's broken or anything, I just changed my mind. how do I send it back?",
    'return_request',
  ],
  [
    'en',
    "there's nothing broken, I've just had second thoughts. how would I return it?",
    'return_request',
  ],
  ['es', 'el pedido 1020 no llega', 'delivery_problem'],
  [
    'es',
    'no quiero el reembolso, solo otro cuenco que llegue entero, este vino roto',
    'damaged_item',
  ],
  ['es', 'no queremos cancelar nada, solo cambiar la direccion al piso nuevo', 'change_address'],
  [
    'es',
    'perdona, no se si es aqui, pero mi paquete de Amazon no ha llegado, me podeis ayudar?',
    'other',
  ],
  ['fr', 'vous pourriez me conseiller un bon resto a Lyon ?', 'other'],
  ['fr', 'tu peux me conseiller une bonne pizzeria à Lille ?', 'other'],
  ['fr', "on ne veut pas annuler, seulement changer l'adresse de livraison", 'change_address'],
  [
    'fr',
    "desole si je me trompe d'endroit mais mon colis Amazon n'est jamais arrive, vous pouvez m'aider ?",
    'other',
  ],
  ['de', 'ich will kein Geld zurück, nur eine neue Tasse ohne Sprung', 'damaged_item'],
  ['de', 'ich möchte kein Geld zurück, nur einen Becher ohne Riss', 'damaged_item'],
  ['de', 'ich will nicht stornieren, nur die Lieferadresse ändern', 'change_address'],
  [
    'de',
    'wir wollen nicht stornieren, nur an eine andere Adresse liefern lassen',
    'change_address',
  ],
  [
    'de',
    'sorry, vielleicht falsch hier, aber mein Paket von Zalando kommt nicht, könnt ihr helfen?',
    'other',
  ],
  ['it', 'non voglio il rimborso, voglio solo una tazza nuova che non sia crepata', 'damaged_item'],
  [
    'it',
    'non voglio essere rimborsata, vorrei solo un piatto nuovo che non sia scheggiato',
    'damaged_item',
  ],
  ['it', "non voglio annullare, solo cambiare l'indirizzo di consegna", 'change_address'],
  [
    'it',
    "ho pagato la spedizione rapida il 3, oggi è il 12 e il corriere segna ancora 'in preparazione'. che succede?",
    'delivery_problem',
  ],
  [
    'pt',
    'nao quero o dinheiro de volta, so quero outra caneca que nao venha rachada',
    'damaged_item',
  ],
  ['pt', 'nao quero reembolso, so quero outro prato que nao venha lascado', 'damaged_item'],
  ['pt', 'nao quero cancelar, so mudar o endereço de entrega', 'change_address'],
  [
    'pt',
    'desculpa se nao é aqui, mas meu pacote da Amazon nunca chegou, podem me ajudar?',
    'other',
  ],
];

describe('understanding the kinds of message that outside writers got wrong answers to', () => {
  it.each(cases)('%s: %s → %s', (lang, text, intent) => {
    expect(nlu.understand(text, { lang }).intent).toBe(intent);
  });

  it('gives the span of the request wanted, not of the one turned down', () => {
    const text = 'ich will nicht stornieren, nur die Lieferadresse ändern';
    const [request] = nlu.understand(text, { lang: 'de' }).requests;
    expect(request?.intent).toBe('change_address');
    expect(text.slice(request?.span.start, request?.span.end)).toBe('nur die Lieferadresse ändern');
  });
});
