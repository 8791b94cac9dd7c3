/**
 * Customers often paste the shop's own e-mail ("Order confirmation #1020 / Item: … / Total: …",
 * "Your order has shipped! Tracking: …") above what they actually want. The pasted notice speaks
 * of orders, shipping and tracking, and the classifier reads it as the request. Its lines are
 * blanked out (spaces of the same length, so offsets stay right) before the intent is read, when
 * the customer's own words are left. Entities still read the original text, so the order number
 * and tracking code in the notice are kept.
 */

// Field labels of an order or shipping e-mail, in the six languages (folded text, before a colon).
const fieldLabel = new RegExp(
  String.raw`(?:^|\s)(?:${[
    // en
    String.raw`order(?: number| no\.?| #| id| date)?|items?|products?|qty|quantity|sub-?total|total|shipping(?: method| address| cost)?|delivery(?: address| method)?|estimated delivery|tracking(?: number| no\.?| code)?|carrier|ship to|bill to|payment(?: method)?|price`,
    // es
    String.raw`pedido|n[úu]mero de pedido|art[íi]culos?|productos?|cantidad|subtotal|env[íi]o|entrega estimada|seguimiento|transportista|direcci[óo]n de env[íi]o|m[ée]todo de pago|precio`,
    // fr
    String.raw`commande|n[°o] de commande|num[ée]ro de commande|articles?|produits?|quantit[ée]|sous-total|livraison(?: estim[ée]e)?|suivi|num[ée]ro de suivi|transporteur|adresse de livraison|paiement|prix`,
    // de
    String.raw`bestellung|bestellnummer|artikel|produkt|menge|anzahl|zwischensumme|gesamt(?:betrag|summe)?|summe|versand(?:art|kosten)?|lieferung|voraussichtliche lieferung|sendungsnummer|sendungsverfolgung|lieferadresse|zahlungsart|preis`,
    // it
    String.raw`ordine|numero d'ordine|articol[oi]|prodott[oi]|quantit[àa]|subtotale|totale|spedizione|consegna prevista|tracking|corriere|indirizzo di spedizione|pagamento|prezzo`,
    // pt
    String.raw`encomenda|n[úu]mero da encomenda|artigos?|produtos?|quantidade|envio|entrega prevista|rastreio|c[óo]digo de rastreio|transportadora|morada de entrega|endere[çc]o de entrega|pagamento|pre[çc]o`,
  ].join('|')})\s*:\s*\S`,
  'iu',
);

// The customer's own voice: first-person words and questions are never part of a pasted notice.
const ownWords =
  /\?|(?<![\p{L}])(?:i|i'm|i've|my|me|we|our|yo|mi|me|mis|je|j'|mon|ma|mes|moi|ich|mein\w*|mich|mir|io|mio|mia|miei|eu|meu|minha)(?![\p{L}'])/iu;

/** A short heading above a notice ("Order confirmation #1020", "Thank you for your order!"). */
const maxHeadingWords = 7;

/** The text with the lines of a pasted order or shipping notice blanked, or the text itself. */
export function blankPastedNotices(text: string): string {
  if (!text.includes('\n') || !text.includes(':')) return text;
  const lines = text.split('\n');
  const notice = lines.map((l) => fieldLabel.test(l) && !ownWords.test(l));
  if (!notice.some(Boolean)) return text;
  // A short heading line just above the fields belongs to the notice as well.
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    if (notice[i] || !notice[i + 1] || ownWords.test(line)) continue;
    if (line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= maxHeadingWords)
      notice[i] = true;
  }
  const kept = lines.filter((_, i) => !notice[i]).join(' ');
  // Only when the customer's own words are left to read (at least three words).
  if (kept.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) return text;
  return lines.map((l, i) => (notice[i] ? ' '.repeat(l.length) : l)).join('\n');
}
