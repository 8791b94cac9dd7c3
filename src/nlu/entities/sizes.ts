/**
 * Sizes written as customers write them in a sentence: "7 et demi", "siebeneinhalb", "7 e mezzo",
 * "seven and a half", "7,5", "7 1/2", "7½". Every form of a half comes out as "7.5", the way a size
 * typed with a decimal point already does.
 */

/** Numbers one to fifteen as words, in the six languages (accents folded off by the caller). */
const numberWords: Record<string, number> = Object.fromEntries(
  (
    [
      ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'],
      ['uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince'],
      ['un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze'],
      ['ein zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn'],
      [
        'uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici',
      ],
      ['um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze'],
    ] as const
  ).flatMap(([words]) => words.split(' ').map((w, i) => [w, i + 1] as const)),
);
/** "funf" and "fuenf" for "fünf": umlauts written out or dropped. */
const germanVariants: Record<string, string> = { fuenf: 'funf', zwoelf: 'zwolf' };

const number = String.raw`\d{1,2}|\p{L}{2,13}`;
/** A number, then a half in any of the six languages ("et demi", "und einhalb", "e mezzo", "½"). */
export const halfRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(${number})(?:\s*(?:½|1\/2)|[.,]5|\s+(?:et|and|y|e|und)\s+(?:demi|a half|medio|media|mezzo|mezza|meio|meia|einhalb|halb)|\s*-?\s*einhalb|\s+(?:and\s+)?a\s+half)(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);
/**
 * Every match of `halfRe` (and of the one-word "siebeneinhalb" pattern below) contains one of
 * these: each way `halfRe` writes a half has one of them in it, in the same case-blind reading.
 * Without one, no half can be found and the patterns, which try every word, are not run.
 */
export const halfGateRe = /½|1\/2|[.,]5|demi|half|medi|mezz|mei|halb/iu;
/** "siebeneinhalb": a number word and "einhalb" written as one word. */
export const oneWordHalfRe = /(?<![\p{L}\p{N}])(\p{L}{2,10})einhalb(?![\p{L}\p{N}])/giu;
/** A bare number that can be a ring size ("du 5", "il 7"): one or two digits, alone. */
const bareRe = /(?<![\p{L}\p{N}.,/:#@-])(\d{1,2})(?![\p{L}\p{N}]|[.,:/]\d|\s*(?:%|€|\$|£))/gu;
/** Words after a number that make it a quantity, a time or a price, not a size. */
const unitAfterRe =
  /^\s*(?:-\s*)?(?:x\b|fois|mal|volte|times|veces|vezes|jours?|tage?n?|giorni|days?|d[ií]as|dias|semaines?|wochen?|settimane?|weeks?|semanas?|mois|monate?n?|mes[ei]|months?|meses|ans?|jahre?n?|anni|years?|a[nñ]os|heures?|stunden?|ore|hours?|horas|minutes?|minuten|minuti|minutos|euros?|eur|dollars?|usd|cm|mm|inch|in\b|pouces?|zoll|pollici|pulgadas|polegadas|pi[eè]ces?|st[uü]ck|pezzi|pieces?|piezas|pe[cç]as|mugs?|tasses?|tazz[ae]|becher|artikel|articles?|articoli|items?|enfants?|kinder|bambini|children|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|januar|februar|m[aä]rz|april|juni|juli|august|september|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|january|february|march|june|july|october|december|enero|febrero|abril|mayo|junio|julio|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|outubro|dezembro|uhr|h\b|ore\b)\b/iu;
/** Words before a number that make it a date or a time ("samedi 12", "am 12.", "alle 7"). */
const dateBeforeRe =
  /(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|\bam|\bbis zum|\bvor|\bavant le|\bentro il|\balle|\b[àa]|\bum|\bat|\bgegen|\bverso le|\bvers)\s*$/iu;

export type SizeNumber = { value: string; start: number; end: number; half: boolean };

function toNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return numberWords[germanVariants[w] ?? w] ?? null;
}

/** Sizes said with a half ("5 et demi", "siebeneinhalb", "7 e mezzo", "7,5"), as "5.5". */
export function findHalfSizes(text: string): SizeNumber[] {
  const out: SizeNumber[] = [];
  if (!halfGateRe.test(text)) return out;
  for (const m of text.matchAll(halfRe)) {
    const raw = m[1] ?? '';
    // "siebeneinhalb" is one word: the number is what comes before "einhalb".
    const n = toNumber(raw.replace(/einhalb$/iu, ''));
    if (n === null || n === 0 || n > 30) continue;
    const end = m.index + m[0].length;
    if (unitAfterRe.test(text.slice(end, end + 20))) continue;
    out.push({ value: `${n}.5`, start: m.index, end, half: true });
  }
  // "siebeneinhalb" written as one word.
  for (const m of text.matchAll(oneWordHalfRe)) {
    const n = toNumber(m[1] ?? '');
    if (n === null || out.some((s) => s.start === m.index)) continue;
    const end = m.index + m[0].length;
    if (unitAfterRe.test(text.slice(end, end + 20))) continue;
    out.push({ value: `${n}.5`, start: m.index, end, half: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Every number in the text that can be a ring size, in order: the halves, then bare one- or
 * two-digit numbers that are not quantities, times or prices ("j'ai mis 5 mais il me faut du 5 et
 * demi" → 5, 5.5).
 */
export function readSizeNumbers(text: string): SizeNumber[] {
  const halves = findHalfSizes(text);
  const out = [...halves];
  for (const m of text.matchAll(bareRe)) {
    const start = m.index;
    const end = start + m[0].length;
    if (halves.some((h) => start >= h.start && start < h.end)) continue;
    if (unitAfterRe.test(text.slice(end, end + 20))) continue;
    if (dateBeforeRe.test(text.slice(Math.max(0, start - 16), start))) continue;
    out.push({ value: String(Number(m[1])), start, end, half: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
