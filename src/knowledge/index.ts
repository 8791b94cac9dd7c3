import MiniSearch from 'minisearch';
import type { Language } from '../domain/index.js';
import { languages } from '../domain/index.js';
import { countriesIn } from '../nlu/acts/countries.js';

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
  /**
   * The countries the shop's "where do you ship?" section names (ISO codes, "the EU" as its
   * members) and that section, or null when no section of the documents says where the shop ships.
   */
  shipsTo(lang: Language): { codes: ReadonlySet<string>; section: string; text: string } | null;
  readonly sections: number;
};

type Section = { id: number; doc: string; lang: Language; title: string; body: string };

/** Words that carry no meaning for retrieval, in the six languages (folded, without accents). */
const stopwords = new Set(
  `a an the and or but if of to in on at for from by with about into is are was were be been being do does did have has had i me my we our you your it its this that these those what which who whom how when where why can could would should will shall may might must there here any some all much many more most very so not no yes please thanks thank hi hello just also get got want like need know tell
  now then actually first oh ok okay um hey hii wait still really whats im ur ca vc vcs pra
  usually normally typically generally best way every already bit quick one anything something few single
  started start ve ll re
  tienen tiene tengo teneis tenemos aussi avez avons habt haben hast habe auch anche avete abbiamo tambien tambem tem tenho
  el la los las un una unos unas y o pero si de del al en con por para sobre es son fue ser estar esta este esto estos estas que como cuando donde por que puedo puede pueden cual cuales necesito mi mis tu tus su sus nuestro vuestra hay muy mas no sí gracias hola quiero quisiera saber
  le la les un une des et ou mais si de du au aux en dans avec pour par sur est sont etait etre que qui quoi quel quelle quels quelles comment quand ou pourquoi je j me mon ma mes vous votre vos il elle ce cette ces y a peut pouvez puis merci bonjour voudrais savoir ne pas
  der die das den dem des ein eine einer eines und oder aber wenn von zu im in an auf fur mit uber ist sind war sein was wie wann wo warum welche welcher welches welchen brauche ich mir mein meine sie ihr ihre es kann konnen bitte danke hallo mochte wissen nicht
  ach man beim eigentlich denn
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
  tarda tardan tardar tiempo dura duran demora tardaria tardarian tardara demoraria demorarian demorara
  temp prend faut dure durent delai prendrait prendra
  lange dauert dauer brauch braucht zeit dauern
  tempo mette vuole dura durano metterebbe vorrebbe
  demora demoram leva levam dura demoraria levaria demorara levara`
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
const metals = ['plata', 'oro', 'prata', 'ouro', 'silver', 'gold', 'argent', 'silber', 'argento'];
const cleaning = ['limpiar', 'limpian', 'limpio', 'limpia', 'limpar', 'limpo', 'limpa'];

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

/** Painting, making, engraving: with "how long", the time it takes to make a piece. */
const makingVerbs = new Set(
  words(`paint paints painted painting make making made craft crafting engrave engraving stamp stamping
  pintar pintais pintan hacer elaborar peindre peignez fabriquer malen gemalt anfertigen herstellen
  dipingere dipingete realizzare fare pintam fazer produzir`),
);
const makingTerms = words('production elaboracion fabrication anfertigung realizzazione producao');

/** Shipping, as each language's documents name it ("Cuánto cuesta el envío", "Was kostet der Versand"). */
const shippingNouns = ['shipping', 'envio', 'livraison', 'versand', 'spedizione'];
/** Where the shop ships: the words of that heading in the six languages. */
const shipsWhere = ['ship', 'paises', 'livrez', 'liefern', 'paesi', 'spedite', 'enviam'];
const europeanUnion = [
  'european',
  'union',
  'europea',
  'europeenne',
  'europaische',
  'unione',
  'uniao',
  'europeia',
];
/** Member states of the European Union, as customers name them in the six languages (folded). */
const euCountries = `austria osterreich autriche belgium belgica belgique belgien belgio bulgaria bulgarie bulgarien
  croatia croacia croatie kroatien croazia cyprus chipre chypre zypern cipro czechia czech chequia tchequie tschechien
  cechia denmark dinamarca danemark danimarca estonia estonie estland finland finlandia finlande finnland france
  francia franca frankreich germany alemania allemagne deutschland germania alemanha greece grecia grece
  griechenland hungary hungria hongrie ungarn ungheria ireland irlanda irlande irland italy italia italie italien
  latvia letonia lettonie lettland lettonia lithuania lituania lituanie litauen luxembourg luxemburgo luxemburg
  lussemburgo malta malte netherlands holland holanda hollande niederlande olanda poland polonia pologne polen
  portugal portogallo romania rumania roumanie rumanien romenia slovakia eslovaquia slovaquie slowakei slovacchia
  slovenia eslovenia slovenie slowenien spain espana espagne spanien spagna espanha sweden suecia suede schweden svezia`;
/** Countries outside the Union, served or not: the answer is the list of where the shop ships. */
const otherCountries = `switzerland suiza suisse schweiz svizzera suica norway noruega norvege norwegen norvegia
  canada kanada australia australie australien zealand zelanda zelande neuseeland zelandia uk england scotland
  wales britain angleterre inglaterra england grossbritannien inghilterra usa america mexico mexique mexiko messico
  japan japon giappone japao brazil brasil bresil brasilien brasile india inde indien china chine cina argentina
  argentine argentinien chile chili colombia colombie kolumbien peru turkey turquia turquie turkei`;
/** Asking what something costs: a country then asks for the shipping rates, not whether the shop ships there. */
const priceWords = new Set(
  words(`cost costs price prices postage fee fees cuesta cuestan coste precio precios coute coutent prix frais
  kostet kosten preis preise costa costano prezzo prezzi custa custam preco precos`),
);
/**
 * Paying, choosing, "how much" and "suitable for", in the six languages: "pay with bitcoin" is about
 * bitcoin, "welche Kettenlänge soll ich nehmen" about the chain, "¿es apta para el lavavajillas?" about
 * the dishwasher. They help find a section but don't make one good enough.
 */
const weakWords = new Set(
  words(`pay pays paid pagar pago payer paie payez zahlen zahle bezahlen pagare choose pick elegir escoger
  choisir prendre nehmen wahlen aussuchen scegliere prendo escolher soll sollte combien cuanto cuanta cuantos
  cuantas quanto quanta quantos quantas quanti wieviel wieviele apta apto aptas aptos apte aptes adatto adatta
  adatti adatte adequado adequada adequados adequadas geeignet geeignete`),
);

/** Words of silver going dark, in the six languages: a question of care. */
const tarnishing =
  words(`tarnish tarnishing tarnished tarnishes blacken darken darkens darkening oxidise oxidize oxidised oxidized dull negra
  negro ennegrece oscurece oscurecer oxida noircit noircir noirci ternit ternir anlaufen lauft angelaufen schwarz
  annerisce annerire scurisce ossida escura escurece escurecer preta`);

/** A frame, framed, in the six languages (folded). */
const framing =
  words(`frame frames framed unframed framing marco marcos enmarcado enmarcada cadre cadres encadre
  encadree rahmen gerahmt ungerahmt bilderrahmen cornice cornici incorniciato incorniciata moldura molduras
  emoldurado emoldurada`);

/** Words of looking after a piece: with them, a metal is what the piece is made of, not what is asked. */
const careWords = new Set([
  ...cleaning,
  ...tarnishing,
  ...words(`care caring clean cleaning polish cuido cuidar cuida entretenir entretien nettoyer pflege pflegen pflegt
  reinige reinigen putzen cura curare pulire pulisco`),
]);

/**
 * What customers say in two or three words for a word of the documents: "look after" is care,
 * "go dark" or "turn black" is silver tarnishing, "send it back" is a return. The question is
 * read with those words added (folded, as `fold` leaves them).
 */
const phrases: readonly (readonly [RegExp, string])[] = [
  [/\blook(?:s|ing)? after\b|\bkeep(?:ing)? (?:it|them) (?:shiny|clean|nice)\b/u, 'care'],
  [
    /\b(?:go|goes|going|gone|went|turn|turns|turning|turned|get|gets|getting|got)\s+(?:(?:a|bit|little|slightly|kind|sort|of|kinda|really|very|quite|so|all|more|rather)\s+){0,3}(?:dark|darker|black|blackish|grey|gray|green|dull)\b/u,
    'tarnish',
  ],
  [
    /\b(?:send|sending|sent|post|mail|ship)\s+(?:it|them|this|that|the \w+)\s+back\b|\bsend back\b/u,
    'return',
  ],
  [
    /\b(?:(?:skin|ears?) (?:reacts?|reacted|reacting)|react(?:s|ed)? badly|(?:skin )?(?:rash|rashes|irritation|itchy|itching)|allergic (?:reaction|to (?:metal|metals|nickel|cheap)))\b/u,
    'sensitive skin',
  ],
  // "What are they made of?", "Vos colliers sont en quoi ?", "Woraus sind die Ketten?": what the piece is made of.
  [
    /\bmade (?:of|from|out of)\b|\bwhat (?:metal|material)s?\b|\b(?:sont|est|c est|fait|faits|faite|faites|fabriques?) en quoi\b|\ben quoi (?:sont|est)\b|\bquelles? matieres?\b|\bworaus\b|\baus was\b|\baus welchem (?:metall|material)\b/u,
    'material',
  ],
];

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
      [['earring', 'earrings', 'necklace', 'bracelet', 'pendant'], ['jewellery']],
      [['bague', 'bagues', 'collier', 'colliers', 'pendentif', 'boucles', 'oreilles'], ['bijoux']],
      [['ohrring', 'ohrringe', 'halskette', 'anhanger', 'armband'], ['schmuck']],
      [
        ['anello', 'anelli', 'collana', 'collane', 'ciondolo', 'orecchini', 'orecchino'],
        ['gioielli'],
      ],
      [
        [...metals, 'material'],
        ['materiales', 'materiais', 'materials', 'materiaux', 'materialien', 'materiali'],
      ],
      [cleaning, ['cuido', 'cuidar']],
      // Tarnishing silver is a question of care.
      [
        tarnishing,
        [
          'care',
          'cuido',
          'entretenir',
          'pflege',
          'cura',
          'jewellery',
          'joyas',
          'bijoux',
          'schmuck',
          'gioielli',
          'joias',
        ],
      ],
      [['clean', 'cleaning', 'polish'], ['care']],
      // Whether a portrait comes framed: the documents say so where they say what it is painted with.
      [framing, words('painted pintan peints gemalt dipinti pintados')],
      // Wearing a piece in the shower, the sea or the pool is a question of care.
      [words('shower showering swim swimming pool'), ['care', 'jewellery']],
      [words('douche doucher nager baignade piscine'), ['entretenir', 'bijoux']],
      [words('dusche duschen schwimmen baden schwimmbad'), ['pflege', 'schmuck']],
      [words('doccia nuotare piscina bagno'), ['cura', 'gioielli']],
      [['pulire', 'pulisco', 'pulisce'], ['cura']],
      [['putzen', 'reinigen', 'sauber'], ['pflege']],
      // Allergies and "hypoallergenic" ask whether the metal suits sensitive skin.
      [
        words(`hypoallergenic allergic allergy allergies nickel hipoalergenico hipoalergenicos hipoalergenica
        hipoalergenicas alergia alergica alergico niquel hypoallergenique hypoallergeniques allergique allergie
        hypoallergen nickelallergie allergiker anallergico anallergici anallergica anallergiche ipoallergenico
        ipoallergenici allergica allergico nichel alergica`),
        [
          'sensitive',
          'skin',
          'sensible',
          'piele',
          'peaux',
          'empfindliche',
          'haut',
          'pelle',
          'sensibile',
          'pele',
          'sensivel',
        ],
      ],
      // Engraving is one of the things customers personalise; an engraved piece is a personalised one.
      [
        words(`engrave engraving engravings grabado grabados grabar grabais graban gravure gravures graver gravez
        gravur gravuren gravieren graviere graviert incisione incisioni incidete incidere gravacao gravacoes gravar
        gravam`),
        ['personalise', 'personalizar', 'personnaliser', 'personalisieren', 'personalizzare'],
      ],
      [
        words(`engraved grabada grabadas grave gravee graves gravees gravierte gravierten graviertes incisa inciso
        incise incisi gravado gravada gravados gravadas`),
        ['personalised', 'personalizado', 'personnalise', 'personalisiert', 'personalizzato'],
      ],
      // Gifts: wrapping and the note.
      [
        ['present', 'wrap', 'wrapped'],
        ['gift', 'wrapping'],
      ],
      [
        ['offrir', 'paquet', 'emballer'],
        ['emballage', 'cadeau'],
      ],
      [['geschenk', 'verpacken', 'einpacken', 'verpackt'], ['geschenkverpackung']],
      [
        ['impacchettare', 'impacchettarlo', 'incartare', 'pacchetto', 'pacco'],
        ['confezioni', 'regalo'],
      ],
      [
        ['oferecer', 'prenda', 'embrulhar', 'embrulham'],
        ['embrulho', 'oferta'],
      ],
      // Sending a piece back is returning it.
      [['renvoyer', 'rembourser'], ['retourner']],
      [
        ['zuruckschicken', 'zurucksenden', 'ruckversand', 'rucksendung'],
        ['zuruckgeben', 'rucksendekosten'],
      ],
      [['geld'], ['erstattung']],
      [['policy'], ['return']],
      [['medida', 'medidas'], ['talla']],
      [
        words('letters letras lettres buchstaben lettere letra letter lettre buchstabe lettera'),
        ['characters', 'caracteres', 'zeichen', 'caratteri'],
      ],
    ] as const
  ).flatMap(([ws, extra]) => ws.map((w) => [w, extra] as const)),
);
const countries = new Set([...words(euCountries), ...words(otherCountries)]);
/** Sending, delivering, arriving: where the shop ships, or its rates and times. */
const shippingVerbs = new Set(
  words(`ship ships send sends deliver delivers delivery post postage arrive arrives arriving envian enviais
  envias enviar livrez livrer livre envoyez envoyer expediez recevoir arriver liefert liefern versendet
  verschickt schickt verschicken lieferung ankommen porto spedite spedire spedisce mandate inviate
  arrivare arriva enviam envia entregam`),
);
const euMembers = new Set(words(euCountries));
/** The documents say "United Kingdom" or "Reino Unido"; customers say "UK", "England", "Inglaterra". */
const britain = new Set(
  words('uk england scotland wales britain angleterre inglaterra grossbritannien inghilterra'),
);
const britishNames = words('kingdom reino unido royaume grossbritannien regno unito');

/**
 * What a country adds to a question: where the shop ships (and, for a member state, the Union it
 * belongs to); when the question asks a price or a time, the shipping rates and times instead.
 */
function countryTerms(word: string, rates: boolean): readonly string[] {
  if (shippingVerbs.has(word)) return rates ? shippingNouns : shipsWhere;
  if (!countries.has(word)) return [];
  const names = britain.has(word) ? britishNames : [];
  // The rates name the Union in short ("UK, EU, Switzerland"; "UE" in the Romance languages).
  if (rates) return euMembers.has(word) ? [...shippingNouns, 'ue'] : [...shippingNouns, ...names];
  return euMembers.has(word) ? [...shipsWhere, ...europeanUnion] : [...shipsWhere, ...names];
}

/**
 * German joins nouns into one word ("Silberring", "Kettenlänge", "Nickelallergie"). A word the
 * documents don't have is read as two that they do: the words of the documents that begin or end
 * with each part (a part of four letters or more, with or without the joining "s", "n" or "en").
 */
function compoundParts(
  word: string,
  vocab: readonly string[],
  known: ReadonlySet<string>,
): string[] {
  if (word.length < 8 || known.has(word) || vocab.some((d) => d.startsWith(word))) return [];
  const like = (part: string): string[] =>
    vocab.filter(
      (d) =>
        d === part ||
        (d.length <= part.length + 3 && d.startsWith(part)) ||
        (d.length >= 4 && part.length <= d.length + 2 && part.startsWith(d)) ||
        (part.length >= 6 && d.endsWith(part)),
    );
  for (let i = word.length - 4; i >= 4; i--) {
    const tail = like(word.slice(i));
    if (tail.length === 0) continue;
    const head = word.slice(0, i);
    for (const h of [head, head.replace(/(?:en|s|n)$/, '')]) {
      if (h.length < 4) continue;
      const found = like(h);
      if (found.length > 0) return [...found, ...tail].slice(0, 8);
    }
  }
  return [];
}

/**
 * Related words count as matches. The kind of a piece ("collar" → jewellery) or a metal (→ the
 * materials) only leans towards a section; a word that names what is asked ("grabado" → what can
 * be personalised, "allergic" → sensitive skin) counts a little more than a word of the document
 * met in passing ("… avoid silver dips on engraved pieces").
 */
const looseTargets = new Set(
  words('jewellery joyas joia bijoux schmuck gioielli materiale materiai'),
);
const looseBoost = 0.4;
const relatedBoost = 1.5;

const fold = (s: string): string =>
  s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

/** Folds accents, drops stop words and crude plural endings so "glazes" finds "glaze". */
function processTerm(term: string): string | null {
  const t = fold(term);
  if (t.length < 2 || stopwords.has(t)) return null;
  // German compounds of a noun and a quality ("spülmaschinenfest", "mikrowellengeeignet") match the noun.
  const compound = /^(.{6,}?)(fest|geeignet|tauglich|sicher)$/.exec(t);
  if (compound?.[1]) return compound[1];
  // German participles as adjectives ("personalisierte", "gravierten") match the participle.
  const participle = /^(.{5,}iert)(?:e|en|er|es|em)$/.exec(t);
  if (participle?.[1]) return participle[1];
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

/** A heading that asks where the shop ships ("Where do you ship?", "¿A qué países hacéis envíos?"), folded. */
const whereTitleRe =
  /\b(?:countr\w*|where|pais(?:es)?|pays|lander[n]?|paesi|paese|donde|adonde|onde|dove|wohin|ou|destin\w*)\b/;

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
  // Each language's own words: related words are looked up only where they are written, and
  // German compounds are read against them.
  const vocab = new Map<Language, string[]>();
  for (const s of sections) {
    const list = vocab.get(s.lang) ?? [];
    for (const w of `${s.title} ${s.body}`.split(/[^\p{L}\p{N}]+/u)) {
      const t = processTerm(w);
      if (t !== null) list.push(t);
    }
    vocab.set(s.lang, list);
  }
  for (const [l, list] of vocab) vocab.set(l, [...new Set(list)]);
  const known = new Map([...vocab].map(([l, list]) => [l, new Set(list)] as const));
  // Related words are a fixed list, so what each language's documents hold of them is remembered.
  const writtenSeen = new Map<string, boolean>();
  const written = (term: string, l: Language): boolean => {
    if (known.get(l)?.has(term) === true) return true;
    const key = `${l}:${term}`;
    let found = writtenSeen.get(key);
    if (found === undefined) {
      found = term.length >= 5 && (vocab.get(l) ?? []).some((d) => d.startsWith(term));
      if (writtenSeen.size < 5000) writtenSeen.set(key, found);
    }
    return found;
  };

  const shipsToByLang = new Map<Language, ReturnType<Knowledge['shipsTo']>>();
  const findShipsTo = (lang: Language): ReturnType<Knowledge['shipsTo']> => {
    const inLang = sections.filter((s) => s.lang === lang);
    for (const s of inLang.length > 0 ? inLang : sections.filter((x) => x.lang === 'en')) {
      if (!whereTitleRe.test(fold(s.title))) continue;
      const named = countriesIn(s.body);
      if (new Set(named.map((n) => n.written.toLowerCase())).size < 2) continue;
      return {
        codes: new Set(named.flatMap((n) => n.codes)),
        section: s.title,
        text: s.body,
      };
    }
    return null;
  };

  return {
    sections: sections.length,
    shipsTo(lang) {
      if (!shipsToByLang.has(lang)) shipsToByLang.set(lang, findShipsTo(lang));
      return shipsToByLang.get(lang) ?? null;
    },
    answer(question, lang) {
      const q = question.slice(0, 500);
      const qFolded = fold(q);
      const said = phrases.filter(([re]) => re.test(qFolded)).flatMap(([, w]) => w.split(' '));
      const qWords = [...q.split(/[^\p{L}\p{N}]+/u), ...said];
      const useLang = langsPresent.has(lang) ? lang : 'en';
      const useLangKnows = (x: string): boolean => written(x, useLang);
      // "tarnishing", "painted": a form the documents don't have, read as its stem when they have that.
      const stemOf = (x: string): string | null => {
        for (const m of [/ing$/, /ed$/, /es$/]) {
          if (x.length < 6 || !m.test(x)) continue;
          const stem = x.replace(m, '');
          for (const c of [stem, stem.replace(/(\p{L})\1$/u, '$1'), `${stem}e`])
            if (c.length >= 4 && (known.get(useLang)?.has(c) || written(c, useLang))) return c;
        }
        return null;
      };
      const own = qWords
        .map(processTerm)
        .filter((x): x is string => x !== null)
        .map((x) => (useLangKnows(x) ? x : (stemOf(x) ?? x)));
      // Related words help find the section; they never make a question longer to match.
      // "¿Cómo limpio mi collar de plata?": with cleaning, the metal is what the piece is made of,
      // not what is asked.
      const folded = qWords.map(fold);
      const cleans = folded.some((w) => careWords.has(w));
      const rates = folded.some(
        (w) =>
          priceWords.has(w) || /(kosten|preis)$/.test(w) || frameWords.has(processTerm(w) ?? ''),
      );
      const keep = (x: string | null): x is string =>
        x !== null && !own.includes(x) && written(x, useLang);
      const fromCountry = new Set(
        folded
          .flatMap((w) => countryTerms(w, rates))
          .map(processTerm)
          .filter(keep),
      );
      const added = folded
        .flatMap((w) => [
          ...(cleans && (metals.includes(w) || framing.includes(w)) ? [] : (related.get(w) ?? [])),
          ...(useLang === 'de'
            ? compoundParts(
                processTerm(w) ?? '',
                vocab.get('de') ?? [],
                known.get('de') ?? new Set(),
              )
            : []),
        ])
        .map(processTerm)
        .filter(keep);
      const leaning = new Set(
        [...fromCountry].filter((x) => !added.includes(x) && !shippingNouns.includes(x)),
      );
      added.push(...fromCountry);
      const terms = [...new Set([...own, ...added])];
      if (terms.length === 0) return null;
      const asksDuration = terms.some((t) => frameWords.has(t));
      // "how long does it take to paint a portrait?": the time it takes to make it.
      if (asksDuration && folded.some((w) => makingVerbs.has(w)))
        for (const m of makingTerms)
          if (!terms.includes(m) && written(m, useLang)) {
            terms.push(m);
            added.push(m);
          }
      const extra = asksDuration ? durationTerms.filter((t) => !terms.includes(t)) : [];
      const results = index.search([...terms, ...extra].join(' '), {
        filter: (r) => byId.get(r['id'] as number)?.lang === useLang,
        // Related words are the documents' own words: no typo to forgive.
        fuzzy: (term) => (term.length >= 6 && !added.includes(term) ? 0.2 : false),
        boostTerm: (term) =>
          extra.includes(term)
            ? durationBoost
            : frameWords.has(term)
              ? frameBoost
              : !added.includes(term) || shippingNouns.includes(term)
                ? 1
                : looseTargets.has(term) || leaning.has(term)
                  ? looseBoost
                  : relatedBoost,
      });
      const best = results[0];
      if (!best) return null;
      // The topic words decide whether the answer is good enough; the frame counts only when it is all there is.
      const topic = terms.filter(
        (t) => !frameWords.has(t) && !weakWords.has(t) && !added.includes(t),
      );
      const counted = topic.length > 0 ? topic : terms;
      const topicMatched = new Set(
        best.queryTerms.filter((t) => counted.includes(t) || added.includes(t)),
      ).size;
      // Once a topic word matches, the frame words that match count too ("Wie lange dauert eine
      // Sonderanfertigung bei Ihnen?" against the heading "Wie lange dauert eine Sonderanfertigung?").
      // In a long message a typo-tolerant match is more often another word ("hiring" ~ "firing")
      // than a typo: there only words found as written or as a prefix count (in English, whose
      // forms the stems and prefixes cover; other languages lean on the tolerance for their endings).
      const asWritten = (q: string): boolean =>
        added.includes(q) || best.terms.some((d) => d === q || d.startsWith(q));
      const matched =
        topicMatched > 0
          ? new Set(
              best.queryTerms.filter(
                (t) =>
                  terms.includes(t) && (useLang !== 'en' || counted.length <= 4 || asWritten(t)),
              ),
            ).size
          : 0;
      // Honest "I don't know": two meaningful words when the question has three or more (and 40 %);
      // a single matching word of a longer question must be in the section's heading.
      // Words no document has ("what's the best way to stop…") don't raise the bar: a long, chatty
      // question needs as many of the documents' own words as a short one.
      const knownCount = counted.filter((t) => written(t, useLang)).length;
      const weight = knownCount + (counted.length - knownCount) / 2;
      // A phrase that names the topic ("turning black" → tarnish, "look after" → care) found in
      // the section is worth the words around it.
      const phraseHit = said.some((w) => best.queryTerms.includes(processTerm(w) ?? w));
      const needed =
        counted.length >= 3 ? (phraseHit ? 2 : Math.max(2, Math.ceil(weight * 0.4))) : 1;
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
