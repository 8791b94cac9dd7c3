import type { Language } from '../domain/index.js';

/**
 * Short, informal chat messages for measuring language identification. Kept apart from the
 * rules: nothing in lang-words.ts was written from these lines, so the score says how the
 * identifier does on messages it was not tuned to. Each has the language it is written in.
 */
export const shortMessages: readonly { text: string; lang: Language }[] = [
  ...(['hey there', 'any update??', 'cool ty', 'nvm found it', 'yep thats right', 'omg it broke', 'k cool', 'where my stuff at', 'got it, cheers', 'pls hurry', 'ya', 'lol ok', 'sounds good', 'what about tracking', 'cant log in', 'hmm not sure', 'tysm!!', 'how much 4 shipping', 'is it gold?', 'wrong colour smh', 'np', 'alright then', 'wanna cancel', 'u there?', 'still waiting tbh'] as const).map((text) => ({ text, lang: 'en' as const })),
  ...(['holaa', 'q tal', 'ya llegó?', 'ok gracias!', 'xq tarda tanto', 'muchas grax', 'vale vale', 'no me llegó nada', 'cuanto sale el envio', 'ta bien', 'q onda con mi pedido', 'nada todavia', 'genial, mil gracias', 'de acuerdo', 'no pasa nada', 'hay talla M?', 'tienen envío a chile?', 'uff que lento', 'sip', 'claro que si', 'me lo cambian?', 'bueno, espero', 'está roto', 'cuándo llega', 'perfecto entonces'] as const).map((text) => ({ text, lang: 'es' as const })),
  ...(['coucou', 'slt', 'merci !', 'ok super', 'c bon', 'jsp', 'toujours rien', 'ça arrive quand ?', 'bonne journée', 'pas reçu', 'génial merci', "d'acc", 'livrez en belgique ?', 'oui svp', 'vous êtes là ?', 'trop bien', 'ah ok', 'c cassé', 'à quelle date ?', 'bisous', 'parfait', 'je comprends pas', 'combien la livraison', 'ça marche', 'rien reçu encore'] as const).map((text) => ({ text, lang: 'fr' as const })),
  ...(['moin', 'servus', 'jo passt', 'alles klar', 'dankeschön!', 'wann kommt das', 'noch nix da', 'kaputt angekommen', 'geht klar', 'liefert ihr nach österreich?', 'stimmt', 'nee danke', 'klingt gut', 'super, vielen dank', 'wie lange dauert das', 'hä?', 'passt schon', 'ja bitte', 'schade', 'gibts das in gold?', 'ok mach ich', 'bin gespannt', 'wo bleibt mein paket', 'tschau', 'echt jetzt?'] as const).map((text) => ({ text, lang: 'de' as const })),
  ...(['ciao!', 'ok grazie', 'perfetto', 'va bene', 'quando arriva?', 'nn è arrivato', 'grz', 'ancora niente', 'spedite in austria?', 'tutto ok', 'boh', 'si grazie', 'è rotto', 'quanto costa la spedizione', 'ah ok capito', 'ottimo', 'a posto così', 'buona giornata', 'mi serve entro venerdì', 'non funziona', 'dai su', 'bellissimo grazie', 'ci sono novità?', 'certo', 'ma dove è finito'] as const).map((text) => ({ text, lang: 'it' as const })),
  ...(['oii', 'blz', 'valeu!', 'tudo bem?', 'brigado', 'ainda nada', 'qnd chega?', 'chegou quebrado', 'show de bola', 'entregam em portugal?', 'beleza então', 'tá bom', 'nossa que demora', 'sim por favor', 'pode ser', 'muito obrigado', 'cadê meu pedido', 'não chegou', 'quanto é o frete', 'tem em prata?', 'ok combinado', 'top demais', 'falou', 'ainda não recebi', 'bom dia!'] as const).map((text) => ({ text, lang: 'pt' as const })),
];

/** Mixed-language messages: the language most of the words are in. */
export const mixedMessages: readonly { text: string; lang: Language }[] = [
  { text: 'hello, quisiera saber dónde está mi pedido por favor', lang: 'es' },
  { text: 'bonjour, my parcel still hasnt arrived and its been ages', lang: 'en' },
  { text: 'hi, ich warte immer noch auf meine Bestellung', lang: 'de' },
  { text: 'ciao, I need to change the engraving on my ring', lang: 'en' },
  { text: 'ok thanks, mas ainda não recebi o código de rastreio', lang: 'pt' },
  { text: 'sorry, mais le colis est arrivé abîmé', lang: 'fr' },
  { text: 'grazie, but when will it ship?', lang: 'en' },
  { text: 'thanks! pero todavía no me llegó el paquete', lang: 'es' },
  { text: 'hallo, la tazza è arrivata rotta', lang: 'it' },
  { text: 'hola, the necklace is beautiful, thank you so much', lang: 'en' },
];
