/**
 * The words of one language the dialogue reads answers with. Phrases are written folded (lower
 * case, no accents, apostrophes and punctuation as spaces: "don't" → "don t").
 */
export type ActsLexicon = {
  /** Phrases that say yes ("go ahead", "sounds good"). */
  yes: string[];
  /** Phrases that say no ("no thanks", "leave it"). */
  no: string[];
  /** Words that turn a request into its opposite ("don't cancel", "not"). */
  negation: string[];
  /** Words after a yes that take it back or add a condition ("yes but…"). */
  contrast: string[];
  /** Lead-ins skipped before reading the answer ("hmm", "actually", "ok so"). */
  fillers: string[];
  /** Thanks, in every register. */
  thanks: string[];
  /** Goodbyes. */
  bye: string[];
  /** Acknowledgements that close a topic ("great", "perfect", "that's all"). */
  okay: string[];
  /** Ordinals, one row per position (first row = 1). */
  ordinals: string[][];
  /** "the last one". */
  last: string[];
  /** Choosing to wait rather than act on an offer ("I'd rather wait", "prefiro esperar"): a no. */
  wait: string[];
  /** Keeping a value as it is ("keep it as", "leave it"). */
  keep: string[];
  /** Asking for an exception to a rule. */
  exception: string[];
  /** Saying a photo cannot be sent ("can't take a photo", "no camera"). */
  noPhoto: string[];
  /** Saying a photo will come later ("I'll send it tonight", "tomorrow"). */
  photoLater: string[];
  /** Words for a photo or picture. */
  photo: string[];
  /** Choosing a remake or replacement. */
  remake: string[];
  /** Choosing money back. */
  refund: string[];
  /** Choosing store credit. */
  credit: string[];
  /** Choosing an exchange rather than a return. */
  exchange: string[];
  /** Words that mark what did arrive ("only the bowl", "just the bowl"). */
  only: string[];
  /** Words that describe an item arriving damaged ("broken", "chipped"). */
  damaged: string[];
  /** Words that describe an item missing from the parcel. */
  missing: string[];
  /** Words that describe the wrong item arriving. */
  wrongItem: string[];
  /** Sending a piece back for a return ("send it back", "return it"), to confirm an unsure reading. */
  returnItem: string[];
  /** Asking for the order to be cancelled ("cancel it", "stornieren Sie", "annulez"), not telling of a cancellation done. */
  cancelAsk: string[];
  /** Asking whether a refund already happened ("did that go through?", "¿ya está hecho?"). */
  refundDone: string[];
  /** Words that ask to change something on the order ("fix", "change", "correct"). */
  changeWords: string[];
  /** The customer's own mistake when ordering ("I misspelled", "ho sbagliato"): a change, not a wrong item. */
  ownMistake: string[];
  /** Asking for a person in so many words ("speak to a real person", "un ser humano"): a hand-over, whatever else the message says. */
  wantsPerson: string[];
  /** Asking whether this is a bot ("are you a robot?", "am I talking to a bot?"). */
  askBot: string[];
  /** Wishing to talk something over with someone ("could I talk to someone about…"): a person offered, not forced. */
  talkToSomeone: string[];
  /** Saying the last answer missed the point ("that's not what I asked", "you misunderstood"). */
  misunderstood: string[];
  /** Asking how long something takes ("how long", "when will it"). */
  howLong: string[];
  /** Getting the piece in hand ("till I get it", "bis ich sie bekomme", "je le reçois"): with a how-long, the time until delivery. */
  arrival: string[];
  /** Giving a piece as a gift ("as a gift for my sister", "offrir", "schenken"). */
  giftWords: string[];
  /** Buying a piece ("buy", "acheter", "kaufen"). */
  buyWords: string[];
  /** Asking for something made to one's own design ("custom", "from a photo", "sur mesure"): a bespoke request, not a purchase from the shop. */
  madeToOrder: string[];
  /** "What if it doesn't arrive?", "and if it gets lost?": asking what happens should a parcel not come. */
  ifNotArrived: string[];
  /** What customers call each product type (the shop's `productType`), besides the item's own title. */
  itemKinds: Record<string, string[]>;
  /** Words that say the number or detail is another one ("another order", "a different order"). */
  another: string[];
  /**
   * Old → new value in one sentence: regular expressions (case-insensitive, on the raw text)
   * with named groups `old` and `new` ("from Mia to Maia", "Mia should be Maia").
   */
  valueChange: string[];
  /**
   * Only the new value, named with the request ("can I change the name to Maia?", "change the
   * ring size to 8 please"): regular expressions with the named group `new`; optional.
   */
  newValue?: string[];
  /** Lead-ins before a new value ("make it", "it should say"), stripped from the value. */
  valuePrefixes: string[];
  /** Words after a new value that are not part of it ("Maia instead", "Maia please"). */
  valueSuffixes: string[];
  /** Lines that start a quoted earlier message in a pasted e-mail thread ("On … wrote:"). */
  threadMarkers: string[];
};
