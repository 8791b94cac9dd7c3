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
  // Job seekers, press and suppliers write to the shop too: out of scope, not a shop question;
  // an empty box is a missing item.
  [
    'en',
    "Hi there, I'm a silversmith looking for work - would you consider taking me on in the studio?",
    'other',
  ],
  [
    'en',
    "Hello, I'm writing a blog post about independent makers and would love to feature you, could we do a quick interview?",
    'other',
  ],
  [
    'de',
    'Hallo, wir liefern Geschenkboxen aus Recyclingpapier und würden gern Ihr Lieferant werden',
    'other',
  ],
  ['pt', 'a caixa veio vazia, so tinha o papel de embrulho', 'missing_item'],
];

// A pasted order or shipping e-mail above what the customer writes, asking for a person or
// unsubscribing in words that also name a request, and making times asked before buying.
const secondRound: [Language, string, Intent][] = [
  [
    'en',
    'Order confirmation #1020\nItem: Personalised mug x1\nTotal: $34.00\nShipping: Standard\n\nhi this is what i got by email, but the money was taken two times from my card',
    'payment_issue',
  ],
  [
    'en',
    'Your order has shipped! Order #1012 Tracking: 1Z999AA10123456784\n--\nhi I got this email but the box only had one of the two earrings in it',
    'missing_item',
  ],
  [
    'en',
    'Thank you for your purchase!\nOrder number: 1004\nItem: hand-painted bowl\nTotal: $42.00\n\nthe bowl came with a big chip on the rim',
    'damaged_item',
  ],
  [
    'en',
    'Order confirmation\nItem: engraved keyring\nEngraving: "Sam & Alex"\nTotal: $19.00\n\nthe keyring says "Sam & Alexa", which is not what I typed',
    'wrong_item',
  ],
  [
    'es',
    'Pedido n.º 1020\nArtículo: taza personalizada\nTotal: 29,00 €\n\nme habéis cobrado esto dos veces en la tarjeta',
    'payment_issue',
  ],
  [
    'fr',
    "Récapitulatif de commande\nArticle : bague gravée\nTotal : 58,00 €\nLivraison : Colissimo\n\nla gravure est fausse, c'est écrit Lucie au lieu de Lucile",
    'wrong_item',
  ],
  [
    'de',
    'Ihre Bestellung wurde versendet!\nSendungsnummer: 00340434161234567890\n\nim Paket war nur eine Tasse, bestellt hatte ich zwei',
    'missing_item',
  ],
  [
    'it',
    'Riepilogo ordine\nArticolo: vaso dipinto\nTotale: 45,00 €\nSpedizione: corriere espresso\n\nil vaso è arrivato con una crepa sul fondo',
    'damaged_item',
  ],
  [
    'it',
    "Il tuo ordine è stato spedito!\nTracking: 3S123456789IT\n\nnel pacco c'era solo una tazza ma ne avevo ordinate due",
    'missing_item',
  ],
  ['en', 'This bot is useless. Put me through to a manager.', 'human_agent'],
  ['fr', "Combien de temps faut-il pour fabriquer un portrait avant l'envoi ?", 'shop_question'],
  ['fr', "je voudrais ne plus recevoir votre lettre d'information, comment faire ?", 'other'],
  ['it', 'Vi prego di cancellarmi dalla newsletter, ricevo troppe email.', 'other'],
  ['it', 'come faccio a cancellarmi dalla mailing list?', 'other'],
  ['it', 'cancellatemi dalla vostra lista di email promozionali', 'other'],
  ['pt', 'quero cancelar a subscrição da newsletter, recebo emails a mais', 'other'],
];

describe('understanding the kinds of message that outside writers got wrong answers to', () => {
  it.each(cases)('%s: %s → %s', (lang, text, intent) => {
    expect(nlu.understand(text, { lang }).intent).toBe(intent);
  });

  it.each(secondRound)('%s: %s → %s, sure enough to act on', (lang, text, intent) => {
    const understood = nlu.understand(text, { lang });
    expect(understood.intent).toBe(intent);
    expect(understood.confidence).toBeGreaterThanOrEqual(nlu.clarifyThreshold);
  });

  it('keeps the order number of a pasted e-mail as an entity', () => {
    const text =
      'Order confirmation #1020\nItem: Personalised mug x1\nTotal: $34.00\n\nthe money was taken twice from my card';
    const understood = nlu.understand(text, { lang: 'en' });
    expect(understood.intent).toBe('payment_issue');
    expect(understood.entities.find((e) => e.type === 'order_number')?.value).toBe('1020');
  });

  it('gives the span of the request wanted, not of the one turned down', () => {
    const text = 'ich will nicht stornieren, nur die Lieferadresse ändern';
    const [request] = nlu.understand(text, { lang: 'de' }).requests;
    expect(request?.intent).toBe('change_address');
    expect(text.slice(request?.span.start, request?.span.end)).toBe('nur die Lieferadresse ändern');
  });

  it.each([
    [
      'fr',
      'Bonsoir, ici Lucie (commande 2207, lucie@example.com). La bague en 6 est trop grande, je voudrais du 5 et demi si possible',
    ],
    [
      'en',
      'Hey there! Order 4410, my email is bo@example.com. Could you change the engraving to read Theo and Sam?',
    ],
    [
      'es',
      'Buenas, el jarrón que pedí llegó bien pero quiero cambiar la dirección de la próxima entrega. Pedido 5521, marta@example.com',
    ],
  ] as const)(
    'takes no request of its own from a clause of only an order number and e-mail (%s)',
    (lang, text) => {
      const requests = nlu.understand(text, { lang }).requests;
      for (const r of requests)
        expect(text.slice(r.span.start, r.span.end)).not.toMatch(
          /^\W*(?:ici|Order|Pedido)\b[^.?!]*\d+[^.?!]*\W*$/iu,
        );
      expect(requests.map((r) => r.intent)).not.toContain('order_status');
    },
  );
});
