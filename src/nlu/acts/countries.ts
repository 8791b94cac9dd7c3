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
};

/** The ISO code of a country name as written ("España", "UK"); null when unknown. */
export function countryCode(folded: string): string | null {
  return countryNames[folded] ?? null;
}
