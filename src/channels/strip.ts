/**
 * What the customer wrote in this message, without the quoted history under it or their
 * signature: mail clients quote the whole thread on every reply, and reading it again would
 * hear old questions as new ones.
 */

/** Lines that introduce a quoted message, in the six languages and the usual clients. */
const quoteHeaders: RegExp[] = [
  /^\s*On .{4,200}wrote:?\s*$/i,
  /^\s*Le .{4,200}a écrit\s*:?\s*$/i,
  /^\s*Am .{4,200}schrieb .{0,200}:?\s*$/i,
  /^\s*El .{4,200}escribió:?\s*$/i,
  /^\s*Il .{4,200}ha scritto:?\s*$/i,
  /^\s*(Em|No dia) .{4,200}escreveu:?\s*$/i,
  /^\s*-{2,}\s*(Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original|Messaggio originale|Mensagem original)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/,
  /^\s*(From|De|Von|Da|Van)\s*:\s.+$/i,
];

/** A lone "On … " line whose "wrote:" was wrapped onto the next line. */
const wrappedHeaderStart = /^\s*(On|Le|Am|El|Il|Em) .{4,200}$/i;
const wrappedHeaderEnd = /^.{0,200}(wrote|a écrit|schrieb|escribió|ha scritto|escreveu)\s*:?\s*$/i;

/** Signature openers: the standard "-- " line and the phone footers. */
const signatureStarts: RegExp[] = [
  /^-- ?$/,
  /^(Sent from my|Envoyé de mon|Von meinem|Enviado desde mi|Inviato da|Enviado do meu|Get Outlook for)\b.*$/i,
];

export function stripQuotedAndSignature(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.startsWith('>')) {
      // A quoted block: drop it, and stop if nothing the customer wrote follows it.
      if (lines.slice(i).every((l) => l.startsWith('>') || l.trim() === '')) break;
      continue;
    }
    if (quoteHeaders.some((re) => re.test(line))) {
      // "From: …" alone is a header only when more header-like lines follow (Outlook's block).
      if (
        /^\s*(From|De|Von|Da|Van)\s*:/i.test(line) &&
        !/^\s*(Sent|Date|Envoyé|Gesendet|Enviado|Inviato|To|À|An|Para|A)\s*:/i.test(next)
      ) {
        kept.push(line);
        continue;
      }
      break;
    }
    if (
      wrappedHeaderStart.test(line) &&
      wrappedHeaderEnd.test(next) &&
      !wrappedHeaderEnd.test(line)
    )
      break;
    if (signatureStarts.some((re) => re.test(line.trimEnd()))) break;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
