import type { Language } from '../domain/index.js';
import { foldText } from './normalize.js';

const yes: Record<Language, string[]> = {
  en: ['yes', 'yeah', 'yep', 'yup', 'ya', 'y', 'sure', 'ok', 'okay', 'correct', 'right', 'exactly', 'please do', 'go ahead', 'sounds good', 'of course', 'absolutely', 'definitely', 'that s right', 'that s it', 'yes please', 'do it', 'confirm', 'confirmed', 'alright', 'fine'],
  es: ['si', 'sip', 'claro', 'vale', 'ok', 'de acuerdo', 'correcto', 'exacto', 'por supuesto', 'adelante', 'hazlo', 'eso es', 'perfecto', 'dale', 'si por favor', 'confirmo', 'bueno'],
  fr: ['oui', 'ouais', 'ok', 'd accord', 'dac', 'bien sur', 'exactement', 'c est ca', 'correct', 'allez y', 'oui merci', 'parfait', 'volontiers', 'je confirme', 'tout a fait', 'carrement'],
  de: ['ja', 'jap', 'jo', 'ok', 'okay', 'genau', 'richtig', 'klar', 'natuerlich', 'naturlich', 'gerne', 'gern', 'stimmt', 'passt', 'ja bitte', 'mach das', 'bestatige', 'einverstanden', 'sicher'],
  it: ['si', 'ok', 'va bene', 'certo', 'esatto', 'giusto', 'certamente', 'd accordo', 'si grazie', 'procedi', 'confermo', 'perfetto', 'sicuro', 'assolutamente'],
  pt: ['sim', 'ok', 'claro', 'isso', 'exato', 'exatamente', 'certo', 'correto', 'pode ser', 'pode', 'com certeza', 'sim por favor', 'confirmo', 'perfeito', 'beleza', 'ta bom', 'esta bem', 'combinado'],
};

const no: Record<Language, string[]> = {
  en: ['no', 'nope', 'nah', 'n', 'no thanks', 'no thank you', 'not really', 'don t', 'dont', 'cancel', 'wrong', 'incorrect', 'not that', 'never mind', 'nevermind', 'stop'],
  es: ['no', 'no gracias', 'para nada', 'nop', 'incorrecto', 'eso no', 'mejor no', 'no es eso', 'tampoco'],
  fr: ['non', 'non merci', 'pas du tout', 'nan', 'incorrect', 'pas ca', 'surtout pas', 'ce n est pas ca', 'laisse tomber'],
  de: ['nein', 'ne', 'nee', 'nein danke', 'auf keinen fall', 'falsch', 'lieber nicht', 'nicht', 'stimmt nicht', 'doch nicht'],
  it: ['no', 'no grazie', 'per niente', 'sbagliato', 'non e cosi', 'meglio di no', 'assolutamente no', 'lascia stare'],
  pt: ['nao', 'nao obrigado', 'nao obrigada', 'de jeito nenhum', 'errado', 'incorreto', 'nada disso', 'melhor nao', 'nem pensar'],
};

function clean(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short yes/no answer inside a flow ("yes please", "nope", "sí, claro"); null when it is neither or both. */
export function detectAffirm(text: string, lang: Language): 'yes' | 'no' | null {
  const t = clean(text);
  if (!t || t.split(' ').length > 8) return null;
  const matches = (list: string[]) => list.some((p) => t === p || t.startsWith(`${p} `) || t.endsWith(` ${p}`));
  const isYes = matches(yes[lang]) || (lang !== 'en' && matches(yes.en));
  const isNo = matches(no[lang]) || (lang !== 'en' && matches(no.en));
  if (isYes === isNo) return isNo && /^(no|nao|non|nein)\b/.test(t) ? 'no' : null;
  return isYes ? 'yes' : 'no';
}

const ordinals: Record<Language, string[][]> = {
  en: [['first', '1st'], ['second', '2nd', 'two'], ['third', '3rd', 'three'], ['fourth', '4th', 'four'], ['fifth', '5th', 'five']],
  es: [['primero', 'primera', 'primer', '1o', '1a'], ['segundo', 'segunda', '2o', '2a', 'dos'], ['tercero', 'tercera', 'tercer', '3o', 'tres'], ['cuarto', 'cuarta', 'cuatro'], ['quinto', 'quinta', 'cinco']],
  fr: [['premier', 'premiere', '1er', '1re'], ['deuxieme', 'second', 'seconde', '2e', '2eme', 'deux'], ['troisieme', '3e', 'trois'], ['quatrieme', 'quatre'], ['cinquieme', 'cinq']],
  de: [['erste', 'ersten', 'erster', 'erstes'], ['zweite', 'zweiten', 'zweiter', 'zweites', 'zwei'], ['dritte', 'dritten', 'dritter', 'drittes', 'drei'], ['vierte', 'vierten', 'vier'], ['funfte', 'funften', 'funf']],
  it: [['primo', 'prima', '1o'], ['secondo', 'seconda', 'due'], ['terzo', 'terza', 'tre'], ['quarto', 'quarta', 'quattro'], ['quinto', 'quinta', 'cinque']],
  pt: [['primeiro', 'primeira', '1o', '1a'], ['segundo', 'segunda', 'dois', 'duas'], ['terceiro', 'terceira', 'tres'], ['quarto', 'quarta', 'quatro'], ['quinto', 'quinta', 'cinco']],
};
const lastWords: Record<Language, string[]> = {
  en: ['last', 'final'],
  es: ['ultimo', 'ultima'],
  fr: ['dernier', 'derniere'],
  de: ['letzte', 'letzten', 'letzter', 'letztes'],
  it: ['ultimo', 'ultima'],
  pt: ['ultimo', 'ultima'],
};

/** Which of a listed set the customer picks ("the second one", "la deuxième", "2"); -1 means "the last". */
export function detectOrdinal(text: string, lang: Language): number | null {
  const t = clean(text);
  if (!t || t.split(' ').length > 8) return null;
  const words = t.split(' ');
  if (/^\d{1,2}$/.test(t)) return Number(t);
  if (words.some((w) => lastWords[lang].includes(w))) return -1;
  const table = ordinals[lang];
  for (let i = 0; i < table.length; i++) {
    if (words.some((w) => (table[i] as string[]).includes(w))) return i + 1;
  }
  return null;
}
