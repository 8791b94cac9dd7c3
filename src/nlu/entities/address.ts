import type { AddressParts, Entity } from '../types.js';

/**
 * Postal addresses written in a message: a street line, then (after commas, line breaks or
 * spaces) flat/floor, postcode and city in either order, a US state or region, a country.
 * "22 Oak Street, Oakland, CA 94607", "Calle Mayor 5, 28013 Madrid", "12 rue des Lilas, 75011 Paris",
 * "Hauptstraße 5, 10115 Berlin", "10 Downing St, London SW1A 2AA". A street line alone is not an
 * address: a city or a postcode must follow. The address parsers on npm read one address given
 * to them (mostly US); none finds one inside a chat message in our six languages, hence this.
 */

// Number first: "22 Oak Street", "221B Baker St.", "1600 Pennsylvania Avenue NW".
const enTypes = String.raw`street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|close|crescent|cres|square|sq|parkway|pkwy|highway|hwy|circle|cir|gardens|row|mews|grove|walk|trail|hill`;
const enStreetRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s+(?:[\p{L}'’.-]+\s+){0,4}?(${enTypes})\.?(?:\s+(?:NW|NE|SW|SE))?(?![\p{L}\p{N}])`,
  'giu',
);
/** English street words that are also everyday words ("by the way"): only capitalised. */
const ambiguousTypes = new Set([
  'way',
  'row',
  'walk',
  'hill',
  'close',
  'place',
  'court',
  'grove',
  'circle',
  'square',
  'dr',
  'pl',
  'st',
]);

// Number first, French: "12 rue des Lilas", "5 bis avenue Foch" (the name runs to a comma, a line end or the postcode).
const frTypes = String.raw`rue|avenue|av\.?|boulevard|bd|place|chemin|all[ée]e|impasse|quai|route|cours|square|passage|voie|faubourg|r[ée]sidence|lotissement|lieu-dit`;
const frStreetRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter|[a-d]))?,?\s+(?:${frTypes})\s+[\p{L}'’.-]+(?:[ \t]+(?!\d)[\p{L}'’.-]+){0,6}`,
  'giu',
);

// Street type first, number after: "Calle Mayor 5", "Via Roma 10", "Rua Augusta 100", "Avenida da Liberdade, 245".
const romanceTypes = String.raw`calle|c\/|avenida|avda\.?|paseo|plaza|pza\.?|camino|carrer|carretera|ctra\.?|ronda|traves[íi]a|rambla|glorieta|via|viale|piazza|p\.za|corso|largo|vicolo|strada|rua|travessa|pra[çc]a|estrada|alameda|avinguda|passeig`;
const romanceStreetRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${romanceTypes})\s+(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+(?:,\s*|\s+)(?:n[º°o]\.?\s*)?\d{1,5}(?:\s?[A-Za-z])?(?![\p{L}\p{N}])`,
  'giu',
);

// German compounds: "Hauptstraße 5", "Karl-Marx-Str. 12a", "Am Lindenweg 3".
const deStreetRe =
  /(?<![\p{L}\p{N}])(?:[\p{Lu}][\p{L}-]*|[\p{L}-]+-)(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Gg]asse|[Pp]latz|[Aa]llee|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad|[Mm]arkt)\s+\d{1,4}(?:\s?[a-z])?(?![\p{L}\p{N}])/gu;

const ukPostcode = String.raw`[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}`;
const caPostcode = String.raw`[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d`;
const numericPostcode = String.raw`\d{5}-\d{3,4}|\d{4}-\d{3}|(?:[A-Z]{1,2}-)?\d{4,5}`;
const anyPostcode = `${ukPostcode}|${caPostcode}|${numericPostcode}`;
const cityWord = String.raw`[\p{L}][\p{L}'’.]*(?:-[\p{L}'’.]+)*`;
const cityTail = String.raw`(?:[ \t](?:[\p{Lu}][\p{L}'’.]*(?:-[\p{L}'’.]+)*|de|del|la|le|les|sur|sous|am|an|der|im|di|do|da|dos|des|en|upon))*`;
const city = `${cityWord}${cityTail}`;
const end = String.raw`(?![\p{L}\p{N}])`;

const sepRe = /(?:[ \t]*[,;\r\n]+)*[ \t]*/y;
const line2Re =
  /(?:apt\.?|apartment|suite|ste\.?|unit|flat|floor|fl\.|#\s?\d|piso|planta|puerta|pta\.?|esc\.|escalera|bajo|[1-9]\d?\s?[ºª°]|[ée]tage|appt?\.?|appartement|b[âa]t\.?|b[âa]timent|escalier|wohnung|whg\.|stock|interno|int\.|scala|piano|apartamento|apto\.?|andar|bloco|dto\.?|esq\.?|r\/c)[^,;\n]{0,24}/iuy;
const countryRe =
  /(?:united kingdom|united states|u\.?s\.?a\.?|uk|u\.k\.|usa|us|u\.s\.|spain|espa[ñn]a|espagne|spanien|spagna|espanha|france|francia|frankreich|fran[çc]a|germany|deutschland|alemania|allemagne|germania|alemanha|italy|italia|italie|italien|it[áa]lia|portugal|brazil|brasil|br[ée]sil|brasilien|brasile|mexico|m[ée]xico|mexique|mexiko|messico|canada|canad[áa]|switzerland|suisse|schweiz|svizzera|su[íi][çc]a|suiza|austria|[öo]sterreich|autriche|belgium|belgique|belgien|b[ée]lgica|belgio|ireland|irlanda|irlande|netherlands|holanda|pays-bas|niederlande|england|inglaterra|angleterre|inghilterra|scotland|wales)(?![\p{L}])/iuy;
const usCityRegionZipRe = new RegExp(
  String.raw`(${city}),?[ \t]+([A-Z]{2})[ \t]+(\d{5}(?:-\d{4})?|${caPostcode})${end}`,
  'uy',
);
const regionZipRe = new RegExp(
  String.raw`([A-Z]{2})[ \t]+(\d{5}(?:-\d{4})?|${caPostcode})${end}`,
  'uy',
);
const postcodeCityRe = new RegExp(String.raw`(${numericPostcode})[ \t]+(${city})`, 'uy');
const cityPostcodeRe = new RegExp(String.raw`(${city})[ \t]+(${anyPostcode})${end}`, 'uy');
const postcodeRe = new RegExp(String.raw`(${anyPostcode})${end}`, 'uy');
const cityAloneRe = new RegExp(
  String.raw`([\p{Lu}][\p{L}'’.]*(?:-[\p{L}'’.]+)*${cityTail})(?=[ \t]*(?:[,;\r\n.!?)]|$))`,
  'uy',
);
const regionAloneRe =
  /([A-Z]{2}|[\p{Lu}][\p{L}'’.-]+(?:[ \t][\p{Lu}][\p{L}'’.-]+)?)(?=[ \t]*(?:[,;\r\n.!?)]|$))/uy;
const trailingConnector =
  /(?:[ \t](?:de|del|la|le|les|sur|sous|am|an|der|im|di|do|da|dos|des|en|upon))+$/u;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * What each street pattern cannot match without (a street type and the space or number after
 * it): patterns that open with a look-behind are slow to search, these are quick to rule out.
 */
const streetGates = new Map<RegExp, RegExp>([
  [romanceStreetRe, new RegExp(String.raw`(?:${romanceTypes})\s`, 'iu')],
  [
    deStreetRe,
    /(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Gg]asse|[Pp]latz|[Aa]llee|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad|[Mm]arkt)\s+\d/u,
  ],
]);

type Street = { start: number; end: number };

function streets(text: string): Street[] {
  const out: Street[] = [];
  for (const re of [enStreetRe, frStreetRe, romanceStreetRe, deStreetRe]) {
    if (streetGates.get(re)?.test(text) === false) continue;
    for (const m of text.matchAll(re)) {
      const type = m[1];
      if (type !== undefined && ambiguousTypes.has(type.toLowerCase()) && !/^\p{Lu}/u.test(type))
        continue;
      out.push({ start: m.index, end: m.index + m[0].replace(/[\s,]+$/u, '').length });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Reads what follows a street line; null when neither a city nor a postcode follows. */
function tail(text: string, street: Street): Entity | null {
  const line1 = text.slice(street.start, street.end).trim();
  const parts: AddressParts = { line1 };
  let pos = street.end;
  let last = street.end;
  for (let segment = 0; segment < 6; segment++) {
    const sep = at(sepRe, text, pos);
    const from = pos + (sep?.[0].length ?? 0);
    if (from >= text.length) break;
    // A city or region alone must stand in its own segment (after a comma or a line break).
    const separated = /[,;\r\n]/.test(sep?.[0] ?? '');
    const hasPlace = parts.city !== undefined || parts.postcode !== undefined;
    let m: RegExpExecArray | null;
    let len = 0;
    if (!hasPlace && parts.line2 === undefined && (m = at(line2Re, text, from))) {
      parts.line2 = m[0].trim();
      len = m[0].trimEnd().length;
    } else if (hasPlace && parts.country === undefined && (m = at(countryRe, text, from))) {
      parts.country = m[0];
      len = m[0].length;
    } else if (!hasPlace && (m = at(usCityRegionZipRe, text, from))) {
      Object.assign(parts, {
        city: (m[1] as string).trim(),
        region: m[2] as string,
        postcode: (m[3] as string).toUpperCase(),
      });
      len = m[0].length;
    } else if (
      parts.city !== undefined &&
      parts.postcode === undefined &&
      (m = at(regionZipRe, text, from))
    ) {
      Object.assign(parts, { region: m[1] as string, postcode: (m[2] as string).toUpperCase() });
      len = m[0].length;
    } else if (parts.postcode === undefined && (m = at(postcodeCityRe, text, from))) {
      const cityName = (m[2] as string).replace(trailingConnector, '');
      parts.postcode = (m[1] as string).toUpperCase();
      parts.city ??= cityName;
      len = m[0].length - (m[2] as string).length + cityName.length;
    } else if (!hasPlace && (m = at(cityPostcodeRe, text, from)) && !/^\d/.test(m[1] as string)) {
      Object.assign(parts, {
        city: (m[1] as string).trim(),
        postcode: (m[2] as string).toUpperCase(),
      });
      len = m[0].length;
    } else if (
      parts.city !== undefined &&
      parts.postcode === undefined &&
      (m = at(postcodeRe, text, from))
    ) {
      parts.postcode = (m[1] as string).toUpperCase();
      len = m[0].length;
    } else if (!hasPlace && separated && (m = at(cityAloneRe, text, from))) {
      parts.city = (m[1] as string).replace(trailingConnector, '');
      len = parts.city.length;
    } else if (
      parts.city !== undefined &&
      parts.region === undefined &&
      parts.postcode === undefined &&
      separated &&
      (m = at(regionAloneRe, text, from))
    ) {
      parts.region = m[1] as string;
      len = m[0].length;
    } else {
      break;
    }
    last = from + len;
    pos = last;
  }
  if (parts.city === undefined && parts.postcode === undefined) return null;
  return {
    type: 'address',
    value: text.slice(street.start, last).trim(),
    start: street.start,
    end: last,
    parts,
  };
}

/** `address` entities of `text`, never overlapping one another. */
export function findAddresses(text: string): Entity[] {
  if (!/\d/.test(text)) return [];
  const out: Entity[] = [];
  let coveredTo = -1;
  for (const s of streets(text)) {
    if (s.start < coveredTo) continue;
    const address = tail(text, s);
    if (!address) continue;
    out.push(address);
    coveredTo = address.end;
  }
  return out;
}
