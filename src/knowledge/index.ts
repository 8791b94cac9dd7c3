import MiniSearch from 'minisearch';
import type { Language } from '../domain/index.js';
import { languages } from '../domain/index.js';

export type KnowledgeDoc = { name: string; text: string };
export type KnowledgeAnswer = {
  section: string;
  text: string;
  score: number;
  doc: string;
  /** Found by the question's topic words, not by its frame alone ("how long does it take?"). */
  byTopic: boolean;
};
export type Knowledge = {
  answer(question: string, lang: Language): KnowledgeAnswer | null;
  readonly sections: number;
};

type Section = { id: number; doc: string; lang: Language; title: string; body: string };

/** Words that carry no meaning for retrieval, in the six languages (folded, without accents). */
const stopwords = new Set(
  `a an the and or but if of to in on at for from by with about into is are was were be been being do does did have has had i me my we our you your it its this that these those what which who whom how when where why can could would should will shall may might must there here any some all much many more most very so not no yes please thanks thank hi hello just also get got want like need know tell
  now then actually first oh ok okay um hey hii wait still really
  el la los las un una unos unas y o pero si de del al en con por para sobre es son fue ser estar esta este esto estos estas que como cuando donde por que puedo puede pueden cual cuales necesito mi mis tu tus su sus nuestro vuestra hay muy mas no sí gracias hola quiero quisiera saber
  le la les un une des et ou mais si de du au aux en dans avec pour par sur est sont etait etre que qui quoi quel quelle quels quelles comment quand ou pourquoi je j me mon ma mes vous votre vos il elle ce cette ces y a peut pouvez puis merci bonjour voudrais savoir ne pas
  der die das den dem des ein eine einer eines und oder aber wenn von zu im in an auf fur mit uber ist sind war sein was wie wann wo warum welche welcher welches welchen brauche ich mir mein meine sie ihr ihre es kann konnen bitte danke hallo mochte wissen nicht
  il lo la i gli le un una uno e o ma se di da in con per su e sono era essere che cosa come quale quali quando dove perche io mi mio mia voi vostro posso puo grazie ciao vorrei sapere non
  o a os as um uma e ou mas se de do da dos das em no na com por para sobre e sao era ser que qual quais como quando onde porque preciso eu meu minha voce seu sua posso pode obrigado obrigada ola gostaria saber nao`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * Words of the question's frame ("how long does … take", "¿cuánto tarda …?") in the six languages,
 * folded as `processTerm` leaves them ("how much" words are not among them: they ask prices too). They still count, but far less than the topic words, so
 * "how long does shipping take" finds shipping rather than any heading that asks how long.
 */
const frameWords = new Set(
  `long take took time often soon quickly fast
  tarda tardan tardar tiempo dura duran demora
  temp prend faut dure durent delai
  lange dauert dauer brauch braucht zeit
  tempo mette vuole dura durano
  demora demoram leva levam dura`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
const frameBoost = 0.25;
/** A "how long" question asks for a number of days: sections that give one rank a little higher. */
const durationTerms = ['day', 'dia', 'jour', 'tage', 'giorni', 'giorno'];
const durationBoost = 0.5;

/**
 * Words customers write for what the documents name otherwise: short forms of chat ("qto"),
 * regional words (Brazilian "frete", Latin American "aretes"), a piece for its kind ("collar" →
 * jewellery), a metal for the materials, cleaning for care, arriving for shipping.
 */
const metals = ['plata', 'oro', 'prata', 'ouro'];
const cleaning = ['limpiar', 'limpian', 'limpio', 'limpia', 'limpar', 'limpo', 'limpa'];
const related: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [
        ['qto', 'qt', 'qnt', 'cuanto', 'quanto'],
        ['cuanto', 'quanto'],
      ],
      [['qdo', 'qnd'], ['quando']],
      [
        ['frete', 'fretes'],
        ['envio', 'portes'],
      ],
      [
        ['mandan', 'mandais', 'mandáis', 'mandas', 'mandam', 'mandar'],
        ['envios', 'enviam'],
      ],
      [
        ['llegar', 'llega', 'llegue', 'lleguen', 'llegara', 'chegar', 'chega', 'chegue', 'chegam'],
        ['envio'],
      ],
      [
        ['collar', 'collares', 'anillo', 'anillos', 'aros', 'pendientes', 'aretes', 'arete'],
        ['joyas'],
      ],
      [['colar', 'colares', 'anel', 'aneis', 'brincos', 'brinco', 'argolas'], ['joias']],
      [
        [...metals, 'material'],
        ['materiales', 'materiais'],
      ],
      [cleaning, ['cuido', 'cuidar']],
    ] as const
  ).flatMap(([words, extra]) => words.map((w) => [w, extra] as const)),
);

const fold = (s: string): string =>
  s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

/** Folds accents, drops stop words and crude plural endings so "glazes" finds "glaze". */
function processTerm(term: string): string | null {
  const t = fold(term);
  if (t.length < 2 || stopwords.has(t)) return null;
  // German compounds of a noun and a quality ("spülmaschinenfest", "mikrowellengeeignet") match the noun.
  const compound = /^(.{6,}?)(fest|geeignet|tauglich|sicher)$/.exec(t);
  if (compound?.[1]) return compound[1];
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss')) return t.slice(0, -1);
  return t;
}

function langOf(name: string, text: string): Language {
  const m =
    /(?:^|[./_-])(en|es|fr|de|it|pt)(?:\.md$|\/|$)/i.exec(name) ??
    /^---[\s\S]*?\blang:\s*(en|es|fr|de|it|pt)\b[\s\S]*?---/i.exec(text);
  const l = m?.[1]?.toLowerCase();
  return l && (languages as readonly string[]).includes(l) ? (l as Language) : 'en';
}

/** Splits Markdown into sections at headings; text before the first heading belongs to the document title. */
export function splitSections(doc: KnowledgeDoc): Omit<Section, 'id'>[] {
  const lang = langOf(doc.name, doc.text);
  const text = doc.text.replace(/^---[\s\S]*?---\s*/, '');
  const out: Omit<Section, 'id'>[] = [];
  let title = doc.name.replace(/\.md$/i, '').replace(/[-_]/g, ' ');
  let top = title;
  let body: string[] = [];
  const flush = (): void => {
    const b = body.join('\n').trim();
    if (b !== '') out.push({ doc: doc.name, lang, title, body: b });
    body = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const h = /^(#{1,4})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h?.[2]) {
      flush();
      if (h[1] === '#') top = h[2];
      title = h[2];
      continue;
    }
    body.push(line);
  }
  flush();
  return out.map((s) => (s.title === top || s.title === doc.name ? s : { ...s, title: s.title }));
}

/**
 * Retrieval over the shop's FAQ and policy Markdown. Returns the best section only when enough
 * of the question's meaningful words match; otherwise null, so the assistant says it doesn't know.
 */
export function createKnowledge(docs: KnowledgeDoc[]): Knowledge {
  const sections: Section[] = docs.flatMap(splitSections).map((s, id) => ({ ...s, id }));
  const index = new MiniSearch<Section>({
    fields: ['title', 'body'],
    storeFields: ['id'],
    processTerm,
    searchOptions: {
      boost: { title: 2 },
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(sections);
  const byId = new Map(sections.map((s) => [s.id, s]));
  const langsPresent = new Set(sections.map((s) => s.lang));

  return {
    sections: sections.length,
    answer(question, lang) {
      const q = question.slice(0, 500);
      const words = q.split(/[^\p{L}\p{N}]+/u);
      const own = words.map(processTerm).filter((x): x is string => x !== null);
      // Related words help find the section; they never make a question longer to match.
      // "¿Cómo limpio mi collar de plata?": with cleaning, the metal is what the piece is made of,
      // not what is asked.
      const cleans = words.some((w) => cleaning.includes(fold(w)));
      const added = words
        .flatMap((w) => (cleans && metals.includes(fold(w)) ? [] : (related.get(fold(w)) ?? [])))
        .map(processTerm)
        .filter((x): x is string => x !== null && !own.includes(x));
      const terms = [...new Set([...own, ...added])];
      if (terms.length === 0) return null;
      const useLang = langsPresent.has(lang) ? lang : 'en';
      const asksDuration = terms.some((t) => frameWords.has(t));
      const extra = asksDuration ? durationTerms.filter((t) => !terms.includes(t)) : [];
      const results = index.search([...terms, ...extra].join(' '), {
        filter: (r) => byId.get(r['id'] as number)?.lang === useLang,
        boostTerm: (term) =>
          extra.includes(term) ? durationBoost : frameWords.has(term) ? frameBoost : 1,
      });
      const best = results[0];
      if (!best) return null;
      // The topic words decide whether the answer is good enough; the frame counts only when it is all there is.
      const topic = terms.filter((t) => !frameWords.has(t) && !added.includes(t));
      const counted = topic.length > 0 ? topic : terms;
      const topicMatched = new Set(
        best.queryTerms.filter((t) => counted.includes(t) || added.includes(t)),
      ).size;
      // Once a topic word matches, the frame words that match count too ("Wie lange dauert eine
      // Sonderanfertigung bei Ihnen?" against the heading "Wie lange dauert eine Sonderanfertigung?").
      const matched =
        topicMatched > 0 ? new Set(best.queryTerms.filter((t) => terms.includes(t))).size : 0;
      // Honest "I don't know": two meaningful words when the question has three or more (and 40 %);
      // a single matching word of a longer question must be in the section's heading.
      const needed = counted.length >= 3 ? Math.max(2, Math.ceil(counted.length * 0.4)) : 1;
      if (matched < needed) return null;
      const inTitle = Object.values(best.match).some((fields) => fields.includes('title'));
      if (matched === 1 && counted.length > 1 && !inTitle) return null;
      // A typo-tolerant match alone ("aceitam" ~ "aceitar") is a guess: one word must match as written or as a prefix.
      if (!terms.some((t) => best.terms.some((d) => d === t || d.startsWith(t)))) return null;
      const s = byId.get(best.id as number);
      if (!s) return null;
      return {
        section: s.title,
        text: s.body.length > 900 ? `${s.body.slice(0, 900).replace(/\s+\S*$/, '')} …` : s.body,
        score: best.score,
        doc: s.doc,
        byTopic: topic.length > 0 && topicMatched > 0,
      };
    },
  };
}
