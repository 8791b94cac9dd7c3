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
