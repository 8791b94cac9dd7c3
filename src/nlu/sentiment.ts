import type { Language } from '../domain/index.js';
import { foldText } from './normalize.js';
import type { Sentiment } from './types.js';

/**
 * Lexicon sentiment for customer messages: word and emoji scores per language, negation
 * flips the next few words, intensifiers and shouting amplify. Words are matched accent-folded
 * (and by prefix for entries ending in "*", which covers inflections: "decepcionad*").
 */
type Lexicon = { positive: string[]; negative: string[]; strong: string[]; negators: string[]; intensifiers: string[] };

const lexicons: Record<Language, Lexicon> = {
  en: {
    positive: ['no problem', 'no problems', 'no worries', 'not bad', 'no rush', 'no hurry', 'all good', 'thank*', 'thx', 'ty', 'great', 'love*', 'lovely', 'perfect*', 'amazing', 'awesome', 'wonderful', 'brilliant', 'happy', 'glad', 'beautiful*', 'excellent', 'fantastic', 'good', 'nice', 'appreciate*', 'helpful', 'pleased', 'delighted', 'gorgeous', 'cool', 'cheers', 'star', 'stunning', 'excited', 'superb', 'best', 'satisfied', 'happy'],
    negative: ['nobody answers', 'nobody replies', 'no one answers', 'no one replies', 'nobody responds', 'no reply', 'no answer', 'no response', 'third time', 'second time', 'fed up', 'sick of', 'had enough', 'broken', 'broke', 'damaged', 'cracked', 'wrong', 'late', 'lost', 'missing', 'bad', 'poor*', 'disappoint*', 'unhappy', 'upset', 'annoy*', 'frustrat*', 'problem*', 'issue*', 'never', 'still', 'waiting', 'worried', 'worry', 'complain*', 'sad', 'angry', 'mad', 'ruined', 'useless', 'sorry', 'unfortunately', 'shattered', 'smashed', 'stuck', 'ignored', 'delay*', 'defect*', 'faulty', 'chipped', 'torn', 'fed up', 'not happy', 'unhappy', 'dissatisfied', 'letdown', 'let down', 'cheated', 'misled', 'ignored', 'complain*', 'upset*', 'awful*'],
    strong: ['worst', 'terrible', 'horrible', 'awful', 'disgust*', 'unacceptable', 'scam*', 'furious', 'ridiculous', 'pathetic', 'shocking', 'disgrace*', 'nightmare', 'hate', 'rubbish', 'joke', 'cheated', 'fraud*', 'wtf', 'fuck*', 'shit*', 'damn', 'bloody', 'outrage*', 'livid', 'appalling'],
    negators: ['not', 'no', 'never', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'cant', 'cannot', 'wont', 'hardly', 'without', 'nothing', 'nobody'],
    intensifiers: ['very', 'so', 'really', 'extremely', 'absolutely', 'totally', 'completely', 'super', 'incredibly'],
  },
  es: {
    positive: ['no pasa nada', 'sin problema', 'sin problemas', 'ningun problema', 'no hay problema', 'no esta mal', 'sin prisa', 'todo bien', 'gracias', 'genial', 'perfect*', 'encant*', 'maravill*', 'precios*', 'bonit*', 'excelente', 'buen*', 'feliz', 'content*', 'estupend*', 'increible', 'fantastic*', 'amable', 'agradec*', 'guap*', 'chul*', 'ilusion*', 'lind*', 'mil gracias', 'satisfech*'],
    negative: ['nadie contesta', 'nadie responde', 'nadie me contesta', 'nadie me responde', 'sin respuesta', 'tercera vez', 'segunda vez', 'estoy harta', 'estoy harto', 'enfad*', 'cabread*', 'roto', 'rota', 'rotos', 'danad*', 'mal', 'mala', 'equivocad*', 'tarde', 'retras*', 'perdid*', 'falta*', 'decepcion*', 'molest*', 'enfadad*', 'problema*', 'nunca', 'todavia', 'aun', 'esperando', 'preocupad*', 'queja*', 'triste', 'lamentablemente', 'desastre', 'rajad*', 'agrietad*', 'defectuos*', 'harta', 'harto', 'cansad*', 'ignorad*', 'descontent*', 'inutil*', 'reclamacion*', 'queja*', 'penoso', 'denunciar', 'engañad*', 'enganad*', 'narices', 'moño', 'harto', 'harta'],
    strong: ['peor', 'horrible', 'terrible', 'pesim*', 'inaceptable', 'estafa*', 'vergüenza', 'verguenza', 'indignad*', 'asco', 'ridicul*', 'fatal', 'timo', 'odio', 'mierda', 'furios*', 'vergonzoso', 'pesadilla*', 'ridicul*'],
    negators: ['no', 'nunca', 'ni', 'sin', 'tampoco', 'jamas', 'ningun', 'ninguna', 'ninguno', 'nada', 'nadie'],
    intensifiers: ['muy', 'super', 'realmente', 'totalmente', 'completamente', 'tan', 'demasiado', 'absolutamente'],
  },
  fr: {
    positive: ['pas de probleme', 'pas de souci', 'pas de soucis', 'aucun souci', 'aucun probleme', 'pas mal', 'pas grave', 'rien de grave', 'pas de stress', 'merci', 'genial', 'parfait*', 'super', 'magnifique*', 'ador*', 'excellent*', 'bien', 'content*', 'ravi*', 'heureu*', 'superbe*', 'top', 'adorable*', 'gentil*', 'sympa', 'formidable', 'merveill*', 'beau', 'belle', 'jolie*', 'joli', 'satisfait*'],
    negative: ['personne ne', 'aucune reponse', 'sans reponse', 'troisieme fois', 'deuxieme fois', 'en ai marre', 'furieu*', 'enerve*', 'agace*', 'cass*', 'endommag*', 'abim*', 'mauvais*', 'retard*', 'perdu*', 'manque*', 'decu*', 'decevant*', 'deception', 'enerv*', 'problem*', 'jamais', 'toujours pas', 'attend*', 'inquiet*', 'plainte', 'triste', 'malheureusement', 'fache*', 'fissur*', 'ebrech*', 'defectueu*', 'marre', 'ignor*', 'mecontent*', 'incapable*', 'reclamation', 'deplorable*', 'trompe*', 'gache*', 'plainte', 'ras le bol', 'nul*'],
    strong: ['pire', 'horrible', 'terrible', 'nul', 'nulle', 'inadmissible', 'inacceptable', 'arnaque*', 'honte*', 'scandal*', 'degout*', 'ridicule', 'lamentable', 'furieu*', 'catastroph*', 'merde', 'escroc*', 'honteu*', 'cauchemar*', 'ridicule*'],
    negators: ['pas', 'ne', 'jamais', 'sans', 'aucun', 'aucune', 'plus', 'rien', 'personne'],
    intensifiers: ['tres', 'vraiment', 'trop', 'tellement', 'completement', 'totalement', 'absolument', 'super'],
  },
  de: {
    positive: ['kein problem', 'keine sorge', 'keine sorgen', 'nicht schlecht', 'nichts schlimmes', 'kein stress', 'alles gut', 'schone', 'schones', 'schoner', 'schonen', 'danke*', 'super', 'toll*', 'perfekt*', 'wunderschon*', 'liebe*', 'klasse', 'prima', 'gut', 'gute*', 'freu*', 'glucklich', 'zufrieden', 'hilfreich', 'genial', 'fantastisch', 'herzlich*', 'lieb', 'nett', 'spitze', 'zufrieden*'],
    negative: ['niemand antwortet', 'niemand meldet', 'keine antwort', 'dritte mal', 'zweite mal', 'stinksauer', 'verargert', 'wutend*', 'genervt', 'kaputt', 'beschadigt*', 'zerbrochen*', 'gebrochen*', 'falsch*', 'spat', 'verspat*', 'verloren', 'fehlt', 'fehlen*', 'enttausch*', 'argerlich', 'verargert', 'problem*', 'nie', 'immer noch', 'noch immer', 'warte*', 'besorgt', 'beschwerde*', 'traurig', 'leider', 'sauer', 'gerissen', 'defekt*', 'ignoriert', 'unzufrieden', 'sprung', 'unfahig', 'schlecht*', 'beschwer*', 'betrogen', 'getauscht', 'mies*', 'versaut', 'vermasselt', 'anzeigen', 'enttausch*', 'nase voll', 'schnauze voll', 'satt', 'reklamation', 'argerlich*'],
    strong: ['schlechteste*', 'schrecklich*', 'furchtbar*', 'unverschamt*', 'inakzeptabel', 'betrug*', 'abzocke', 'frechheit', 'katastroph*', 'lacherlich', 'wutend', 'mist', 'scheiss*', 'unmoglich', 'skandal*', 'miserabel', 'schlimm*', 'albtraum', 'miserab*', 'lacherlich'],
    negators: ['nicht', 'kein', 'keine', 'keinen', 'keinerlei', 'nie', 'niemals', 'ohne', 'nichts', 'niemand'],
    intensifiers: ['sehr', 'total', 'wirklich', 'extrem', 'absolut', 'vollig', 'so', 'echt', 'mega', 'super'],
  },
  it: {
    positive: ['nessun problema', 'non male', 'niente di grave', 'nessuna fretta', 'non fa niente', 'tutto bene', 'tranquill*', 'grazie', 'perfett*', 'fantastic*', 'bellissim*', 'bell*', 'ottim*', 'stupend*', 'meraviglios*', 'content*', 'felice', 'gentil*', 'adoro', 'amo', 'splendid*', 'super', 'eccellente', 'buon*', 'grande', 'carin*', 'soddisfatt*'],
    negative: ['nessuno risponde', 'nessuno mi risponde', 'nessuna risposta', 'terza volta', 'seconda volta', 'arrabbiat*', 'incazzat*', 'scocciat*', 'rott*', 'danneggiat*', 'sbagliat*', 'ritard*', 'pers*', 'manca*', 'delus*', 'deludente', 'arrabbiat*', 'problem*', 'mai', 'ancora', 'aspett*', 'preoccupat*', 'reclam*', 'triste', 'purtroppo', 'incrinat*', 'scheggiat*', 'difettos*', 'stuf*', 'ignorat*', 'scontent*', 'incompetent*', 'reclamo', 'fregat*', 'imbrogliat*', 'presa in giro', 'stufa', 'stufo', 'piene le scatole'],
    strong: ['peggior*', 'orribil*', 'terribil*', 'pessim*', 'inaccettabil*', 'truffa*', 'vergogn*', 'schifo', 'ridicol*', 'furios*', 'disastro*', 'vergognos*', 'cazz*', 'merda', 'assurdo', 'incompetent*', 'incubo*'],
    negators: ['non', 'mai', 'senza', 'nessun', 'nessuna', 'nessuno', 'ne', 'niente', 'nulla'],
    intensifiers: ['molto', 'davvero', 'veramente', 'troppo', 'proprio', 'totalmente', 'completamente', 'super', 'cosi'],
  },
  pt: {
    positive: ['sem problema', 'sem problemas', 'nada mal', 'sem pressa', 'nao tem problema', 'tudo bem', 'tranquil*', 'obrigad*', 'brigad*', 'otim*', 'perfeit*', 'lind*', 'maravilh*', 'adorei', 'amei', 'excelente', 'bom', 'boa', 'feliz', 'content*', 'incrivel', 'fantastic*', 'gentil', 'top', 'show', 'bacana', 'legal', 'espetacular', 'satisfeit*'],
    negative: ['ninguem responde', 'ninguem me responde', 'ninguem atende', 'sem resposta', 'terceira vez', 'segunda vez', 'irritad*', 'chatead*', 'revoltad*', 'partid*', 'quebrad*', 'danificad*', 'estragad*', 'errad*', 'atrasad*', 'atraso', 'perdid*', 'falta*', 'decepcion*', 'chatead*', 'irritad*', 'problema*', 'nunca', 'ainda', 'esperando', 'espera', 'preocupad*', 'reclama*', 'triste', 'infelizmente', 'rachad*', 'defeito*', 'defeituos*', 'cansad*', 'farto', 'farta', 'ignorad*', 'insatisfeit*', 'incompetente*', 'desiludid*', 'enganad*', 'reclamacao', 'queixa*', 'farto', 'farta'],
    strong: ['pior', 'horrivel', 'terrivel', 'pessim*', 'inaceitavel', 'golpe', 'burla', 'vergonha', 'ridicul*', 'absurdo', 'nojo', 'furios*', 'porcaria', 'merda', 'lixo', 'palhacada', 'revoltad*', 'pesadelo*'],
    negators: ['nao', 'nunca', 'nem', 'sem', 'jamais', 'nenhum', 'nenhuma', 'nada', 'ninguem'],
    intensifiers: ['muito', 'super', 'mesmo', 'realmente', 'totalmente', 'completamente', 'tao', 'demais', 'bem'],
  },
};

const positiveEmoji = /[😀😃😄😁😊🙂😍🥰😘🤩🙏👍❤💕💖💗✨🎉🥳😇☺]/gu;
const negativeEmoji = /[😡😠🤬😤😢😭😞😔😟😩😫💔👎🙄😒😣😖]/gu;

type CompiledLexicon = { exact: Map<string, number>; phraseStarts: Set<string>; prefixes: [string, number][]; negators: Set<string>; intensifiers: Set<string>; seen: Map<string, number> };

function compile(lex: Lexicon): CompiledLexicon {
  const exact = new Map<string, number>();
  const prefixes: [string, number][] = [];
  const add = (w: string, score: number): void => {
    const f = foldText(w);
    if (f.endsWith('*')) prefixes.push([f.slice(0, -1), score]);
    else exact.set(f, score);
  };
  lex.positive.forEach((w) => add(w, 1));
  lex.negative.forEach((w) => add(w, -1));
  lex.strong.forEach((w) => add(w, -2.5));
  // First words of the set phrases: only after one of them is a pair or triple worth looking up.
  const phraseStarts = new Set([...exact.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] as string));
  return { exact, phraseStarts, prefixes, negators: new Set(lex.negators.map(foldText)), intensifiers: new Set(lex.intensifiers.map(foldText)), seen: new Map() };
}

const compiled = Object.fromEntries(Object.entries(lexicons).map(([l, lex]) => [l, compile(lex)])) as Record<Language, CompiledLexicon>;

/** Words already looked up by prefix; bounded so that junk input cannot grow it without end. */
const maxSeen = 20_000;

function wordScore(lex: CompiledLexicon, word: string): number {
  const hit = lex.exact.get(word) ?? lex.seen.get(word);
  if (hit !== undefined) return hit;
  let score = 0;
  for (const [p, s] of lex.prefixes) {
    if (word.startsWith(p) && word.length <= p.length + 5) {
      score = s;
      break;
    }
  }
  if (lex.seen.size >= maxSeen) lex.seen.clear();
  lex.seen.set(word, score);
  return score;
}

/** Sentences with their end mark: a question about a problem ("is there a problem with my order?") is not a complaint. */
const sentenceRe = /[^.!?\n]+[.!?\n]*/g;

function scoreWords(lex: CompiledLexicon, text: string): { total: number; strong: boolean } {
  const folded = foldText(text).replace(/'/g, '');
  const words = folded.match(/[\p{L}]+/gu) ?? [];
  const rawWords = text.replace(/['’]/g, '').match(/[\p{L}]+/gu) ?? [];
  let total = 0;
  let strong = false;
  let negateLeft = 0;
  let boost = 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // Set phrases of two or three words ("fed up", "ras le bol", "no problem") before single words.
    const phrase = lex.phraseStarts.has(w);
    const triple = phrase && i + 2 < words.length ? `${w} ${words[i + 1] as string} ${words[i + 2] as string}` : '';
    const pair = phrase && i + 1 < words.length ? `${w} ${words[i + 1] as string}` : '';
    let s = triple ? (lex.exact.get(triple) ?? 0) : 0;
    if (s !== 0) i += 2;
    else {
      s = pair ? (lex.exact.get(pair) ?? 0) : 0;
      if (s !== 0) i++;
      else s = wordScore(lex, w);
    }
    if (lex.negators.has(w) && s === 0) {
      negateLeft = 2;
      continue;
    }
    if (lex.intensifiers.has(w)) {
      boost = 1.6;
      continue;
    }
    if (s !== 0) {
      const raw = rawWords[i] ?? '';
      const shouted = raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() ? 1.5 : 1;
      // "not good" turns negative; "nothing wrong" is nothing; a negated outburst ("no answer, ridiculous") stays one, weaker.
      const sign = negateLeft > 0 ? (s > 0 ? -1 : s <= -2 ? 0.5 : 0) : 1;
      if (s <= -2 && sign !== 0) strong = true;
      total += s * sign * boost * shouted;
    }
    boost = 1;
    if (negateLeft > 0) negateLeft--;
  }
  return { total, strong };
}

export function analyseSentiment(text: string, lang: Language): Sentiment {
  const lex = compiled[lang];
  let total = 0;
  for (const m of text.matchAll(sentenceRe)) {
    const sentence = m[0];
    const { total: t, strong } = scoreWords(lex, sentence);
    // A calm question that names a problem asks about it; anger in a question ("why is this so awful??") stays.
    const calmQuestion = t < 0 && !strong && /\?\s*$/.test(sentence) && !/[!?]{2,}/.test(sentence);
    total += calmQuestion ? t * 0.5 : t;
  }
  total += (text.match(positiveEmoji)?.length ?? 0) * 1.2;
  total -= (text.match(negativeEmoji)?.length ?? 0) * 1.5;
  const exclaim = (text.match(/[!?]{2,}/g)?.length ?? 0) > 0 ? 1.3 : 1;
  total *= exclaim;
  const score = Math.round(Math.tanh(total / 3) * 1000) / 1000;
  const label = score <= -0.2 ? 'negative' : score >= 0.2 ? 'positive' : 'neutral';
  return { label, score };
}
