import type { Period } from '../domain/store.js';

/** Days covered when no `since` is given. */
export const defaultPeriodDays = 30;

export type ParsedPeriod = { ok: true; value: Required<Period> } | { ok: false; message: string };

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date (UTC midnight) or an instant with a zone; null when it is neither or not a real date. */
function readDate(text: string): { ms: number; dateOnly: boolean } | null {
  const t = text.trim();
  const d = dateOnly.exec(t);
  if (d) {
    const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]));
    // Date.UTC rolls 2026-02-31 over into March; a real date reads back the same.
    return new Date(ms).toISOString().slice(0, 10) === t ? { ms, dateOnly: true } : null;
  }
  if (!instant.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : { ms, dateOnly: false };
}

/**
 * Reads `--since` / `--until` (CLI and HTTP alike). A date `YYYY-MM-DD` is a whole UTC day: `since`
 * starts at its midnight, `until` includes it (ends at the next midnight). An ISO instant with `Z`
 * or an offset is taken exactly. Without `since`, the period is the 30 days before `until`
 * (default: `now`).
 */
export function parsePeriod(
  input: { since?: string | undefined; until?: string | undefined },
  now: Date,
): ParsedPeriod {
  const day = 86_400_000;
  let untilMs = now.getTime();
  if (input.until !== undefined) {
    const u = readDate(input.until);
    if (!u)
      return {
        ok: false,
        message: `until: "${input.until}" is not a date (YYYY-MM-DD) or an ISO instant with a zone (2026-11-20T14:00:00Z)`,
      };
    untilMs = u.dateOnly ? u.ms + day : u.ms;
  }
  let sinceMs = untilMs - defaultPeriodDays * day;
  if (input.since !== undefined) {
    const s = readDate(input.since);
    if (!s)
      return {
        ok: false,
        message: `since: "${input.since}" is not a date (YYYY-MM-DD) or an ISO instant with a zone (2026-11-20T14:00:00Z)`,
      };
    sinceMs = s.ms;
  }
  if (sinceMs >= untilMs)
    return {
      ok: false,
      message: `since (${new Date(sinceMs).toISOString()}) must be before until (${new Date(untilMs).toISOString()})`,
    };
  return {
    ok: true,
    value: { since: new Date(sinceMs).toISOString(), until: new Date(untilMs).toISOString() },
  };
}
