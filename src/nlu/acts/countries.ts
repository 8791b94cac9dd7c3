/** Country names customers write at the end of an address, folded, to ISO codes. */
const countryNames: Record<string, string> = {
  'united states': 'US',
  usa: 'US',
  us: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  england: 'GB',
  spain: 'ES',
  espana: 'ES',
  france: 'FR',
  germany: 'DE',
  deutschland: 'DE',
  italy: 'IT',
  italia: 'IT',
  portugal: 'PT',
  canada: 'CA',
  mexico: 'MX',
  brasil: 'BR',
  brazil: 'BR',
  netherlands: 'NL',
  belgium: 'BE',
  austria: 'AT',
  osterreich: 'AT',
  switzerland: 'CH',
  schweiz: 'CH',
  ireland: 'IE',
  australia: 'AU',
  allemagne: 'DE',
  italie: 'IT',
  espagne: 'ES',
  belgique: 'BE',
  suisse: 'CH',
  autriche: 'AT',
  'pays bas': 'NL',
  'royaume uni': 'GB',
  frankreich: 'FR',
  italien: 'IT',
  spanien: 'ES',
  belgien: 'BE',
  niederlande: 'NL',
  germania: 'DE',
  francia: 'FR',
  spagna: 'ES',
  svizzera: 'CH',
  belgio: 'BE',
  portogallo: 'PT',
  'paesi bassi': 'NL',
  'regno unito': 'GB',
};

/** Large cities of the countries we ship to in Europe, folded: "Torstraße 12, 10119 Berlin" is in Germany. */
const cityCountries: Record<string, string> = Object.fromEntries(
  (
    [
      [
        'DE',
        'berlin hamburg munchen muenchen koln koeln frankfurt stuttgart dusseldorf duesseldorf leipzig dresden hannover nurnberg nuernberg bremen',
      ],
      ['AT', 'wien graz linz salzburg innsbruck'],
      ['CH', 'zurich zuerich geneve genf bern basel lausanne lugano'],
      [
        'FR',
        'paris lyon marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes',
      ],
      ['BE', 'bruxelles brussel anvers antwerpen gand gent liege'],
      ['IT', 'roma milano torino napoli bologna firenze genova venezia verona palermo bari'],
      ['ES', 'madrid barcelona valencia sevilla zaragoza malaga bilbao'],
      ['PT', 'lisboa porto braga coimbra faro'],
      ['NL', 'amsterdam rotterdam utrecht'],
      [
        'GB',
        'london manchester birmingham leeds glasgow edinburgh liverpool bristol sheffield cardiff belfast',
      ],
    ] as const
  ).flatMap(([code, names]) => names.split(' ').map((n) => [n, code])),
);

/** The country of a large European city as written ("München", "Torino"); null when unknown. */
export function cityCountry(folded: string): string | null {
  return cityCountries[folded.trim()] ?? null;
}

/**
 * The country a postcode's shape names, when only one country writes it so: "LS1 4AB" is British,
 * "M5V 2T6" Canadian. Five digits could be American, German, French, Spanish or Italian: null.
 */
export function postcodeCountry(postcode: string): string | null {
  const p = postcode.trim().toUpperCase();
  if (/^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/.test(p)) return 'GB';
  if (/^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/.test(p)) return 'CA';
  return null;
}

/** The ISO code of a country name as written ("España", "UK"); null when unknown. */
export function countryCode(folded: string): string | null {
  return countryNames[folded] ?? null;
}

/**
 * Country names as customers and shop documents write them in the six languages, folded (no
 * accents, lower case, hyphens as spaces), by ISO code. Words that are also common words ("us",
 * "turkey", "georgia", "jordan", "chad") are left out: they are read as the word.
 */
const countryWords: Record<string, string> = {
  US: 'united states|united states of america|usa|u.s.a|estados unidos|eeuu|ee.uu|eua|etats unis|vereinigte staaten|amerika|stati uniti',
  CA: 'canada|kanada',
  GB: 'united kingdom|great britain|britain|uk|england|scotland|wales|northern ireland|reino unido|inglaterra|escocia|gales|royaume uni|angleterre|ecosse|pays de galles|grande bretagne|grossbritannien|vereinigtes konigreich|schottland|regno unito|inghilterra|gran bretagna|scozia|galles|gra bretanha',
  IE: 'ireland|irlanda|irlande|irland',
  FR: 'france|francia|frankreich|franca',
  DE: 'germany|alemania|allemagne|deutschland|germania|alemanha',
  ES: 'spain|espana|espagne|spanien|spagna|espanha',
  PT: 'portugal|portogallo',
  IT: 'italy|italia|italie|italien',
  NL: 'netherlands|holland|paises bajos|holanda|pays bas|hollande|niederlande|paesi bassi|olanda|paises baixos',
  BE: 'belgium|belgica|belgique|belgien|belgio',
  LU: 'luxembourg|luxemburgo|luxemburg|lussemburgo',
  AT: 'austria|autriche|osterreich|oesterreich|austria',
  DK: 'denmark|dinamarca|danemark|danemark|danimarca',
  SE: 'sweden|suecia|suede|schweden|svezia|suecia',
  FI: 'finland|finlandia|finlande|finnland|finlandia|finlandia',
  PL: 'poland|polonia|pologne|polen|polonia|polonia',
  CZ: 'czech republic|czechia|republica checa|chequia|republique tcheque|tchequie|tschechien|repubblica ceca|cechia|republica tcheca|tchequia',
  SK: 'slovakia|eslovaquia|slovaquie|slowakei|slovacchia',
  SI: 'slovenia|eslovenia|slovenie|slowenien|eslovenia',
  HR: 'croatia|croacia|croatie|kroatien|croazia',
  HU: 'hungary|hungria|hongrie|ungarn|ungheria',
  RO: 'romania|rumania|roumanie|rumanien|romenia',
  BG: 'bulgaria|bulgarie|bulgarien',
  GR: 'greece|grecia|grece|griechenland|grecia',
  CY: 'cyprus|chipre|chypre|zypern|cipro',
  MT: 'malta|malte',
  EE: 'estonia|estonie|estland|estonia',
  LV: 'latvia|letonia|lettonie|lettland|lettonia',
  LT: 'lithuania|lituania|lituanie|litauen',
  CH: 'switzerland|suiza|suisse|schweiz|svizzera|suica',
  NO: 'norway|noruega|norvege|norwegen|norvegia',
  IS: 'iceland|islandia|islande|islanda',
  AU: 'australia|australie|australien|australia',
  NZ: 'new zealand|nueva zelanda|nouvelle zelande|neuseeland|nuova zelanda|nova zelandia',
  MX: 'mexico|mexique|mexiko|messico',
  BR: 'brazil|brasil|bresil|brasilien|brasile',
  AR: 'argentina|argentine|argentinien',
  CL: 'chile|chili|cile',
  CO: 'colombia|colombie|kolumbien|colombia|colombia',
  PE: 'peru|perou',
  UY: 'uruguay|uruguai',
  VE: 'venezuela',
  EC: 'ecuador|equateur|equador',
  CR: 'costa rica',
  PR: 'puerto rico|porto rico',
  JP: 'japan|japon|giappone|japao',
  CN: 'china|chine|cina',
  IN: 'india|inde|indien|india',
  KR: 'south korea|corea del sur|coree du sud|sudkorea|corea del sud|coreia do sul',
  SG: 'singapore|singapur|singapour|singapura',
  ZA: 'south africa|sudafrica|afrique du sud|sudafrika|africa do sul',
  MA: 'morocco|marruecos|maroc|marokko|marocco|marrocos',
  TR: 'turkiye|turquia|turquie|turkei|turchia',
  RU: 'russia|rusia|russie|russland|russia|russia',
  UA: 'ukraine|ucrania|ucraina',
  IL: 'israel|israele',
  AE: 'united arab emirates|emiratos arabes|emirats arabes unis|emirati arabi|emirados arabes|dubai',
  AO: 'angola',
  MZ: 'mozambique|mocambique|mosambik',
  CV: 'cabo verde|cape verde|cap vert|kap verde|capo verde',
  AD: 'andorra|andorre',
};

/** The member states of the European Union: a document that ships to "the EU" ships to each of them. */
const euMembers =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

/** "the European Union" in the six languages, folded. */
const euWords =
  'european union|eu|union europea|ue|union europeenne|europaische union|europaeische union|unione europea|uniao europeia';

const mentionIndex: [string, string[]][] = [
  ...Object.entries(countryWords).flatMap(([code, names]) =>
    names.split('|').map((n): [string, string[]] => [n, [code]]),
  ),
  ...euWords.split('|').map((n): [string, string[]] => [n, euMembers]),
].sort((a, b) => b[0].length - a[0].length);

const mentionRe = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${mentionIndex.map(([n]) => n.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const mentionCodes = new Map(mentionIndex);

/** Lower-case without accents, hyphens as spaces: how the country words above are written. */
function foldCountryText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-‐]/g, ' ');
}

/**
 * The countries a text names, each with the words as written ("pro Brasil" → BR "Brasil"); "the
 * EU" names every member state. Upper-case "US"/"UE"/"EU" only count as written in capitals.
 */
export function countriesIn(text: string): { codes: string[]; written: string }[] {
  const folded = foldCountryText(text);
  const out: { codes: string[]; written: string }[] = [];
  mentionRe.lastIndex = 0;
  for (let m = mentionRe.exec(folded); m !== null; m = mentionRe.exec(folded)) {
    const key = m[0].replace(/\s+/g, ' ');
    // NFKD keeps the length of letters with one accent, so the offsets hold for the text as written.
    const written = text.slice(m.index, m.index + m[0].length);
    if (key.length <= 3 && written !== written.toUpperCase()) continue;
    const codes = mentionCodes.get(key);
    if (codes) out.push({ codes, written });
  }
  return out;
}
