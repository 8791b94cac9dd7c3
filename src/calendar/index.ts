import { DateTime, IANAZone } from 'luxon';

/** Weekday names as policy files spell them; index + 1 is luxon's ISO weekday (mon = 1). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** A shop's working calendar: which local dates count as business days. */
export type ShopCalendar = {
  /** IANA time zone, e.g. "Europe/Lisbon". */
  timeZone: string;
  /** Local dates ("YYYY-MM-DD") the workshop is closed. */
  holidays: readonly string[];
  /** Days of the week that are business days; Monday to Friday when absent. */
  businessDays?: readonly Weekday[];
};

/** Opening hours of the support team on business days, local "HH:MM". */
export type BusinessHours = { open: string; close: string };

/** A local calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Local dates are handled as whole days since 1970-01-01 (a Thursday): plain integer
 * arithmetic, no time zone and no daylight saving involved.
 */
type DayNumber = number;
const msPerDay = 86_400_000;

function parseDay(text: string): DayNumber | null {
  if (!datePattern.test(text)) return null;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return null;
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  // Date rolls 2026-02-30 over into March; a real date comes back unchanged.
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return Math.round(t.getTime() / msPerDay);
}

/** True for a real calendar date written "YYYY-MM-DD" (rejects 2026-02-30). */
export function isValidLocalDate(text: string): boolean {
  return parseDay(text) !== null;
}

function day(date: LocalDate): DayNumber {
  const d = parseDay(date);
  if (d === null) throw new RangeError(`not a date: ${date}`);
  return d;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function dayText(d: DayNumber): LocalDate {
  const t = new Date(d * msPerDay);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** ISO weekday index 0..6 (Monday = 0) of a day number. */
const weekdayOf = (d: DayNumber): number => (((d + 3) % 7) + 7) % 7;

function fmt(d: DateTime): LocalDate {
  return d.toFormat('yyyy-MM-dd');
}

function instant(iso: string | Date): DateTime {
  const d =
    typeof iso === 'string' ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromJSDate(iso);
  if (!d.isValid) throw new RangeError(`not an instant: ${String(iso)}`);
  return d;
}

// One day formatter per time zone (null: a zone only luxon knows, such as "UTC+3").
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let f = dayFormats.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      f = null;
    }
    dayFormats.set(timeZone, f);
  }
  return f;
}

/** An instant with its offset, read the same by `Date.parse` and luxon. */
const plainInstant =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The local calendar date of an instant in a time zone. */
export function localDate(at: string | Date, timeZone: string): LocalDate {
  // Ship windows ask this on every status turn: a cached Intl formatter does it for a fraction
  // of luxon's cost; anything unusual (another ISO form, a zone Intl lacks) still goes to luxon.
  const f = dayFormat(timeZone);
  const ms =
    typeof at === 'string' ? (plainInstant.test(at) ? Date.parse(at) : Number.NaN) : at.getTime();
  if (f !== null && !Number.isNaN(ms)) {
    let y = '';
    let m = '';
    let d = '';
    for (const part of f.formatToParts(ms)) {
      if (part.type === 'year') y = part.value;
      else if (part.type === 'month') m = part.value;
      else if (part.type === 'day') d = part.value;
    }
    if (/^\d{4}$/.test(y) && /^\d{2}$/.test(m) && /^\d{2}$/.test(d)) return `${y}-${m}-${d}`;
  }
  return fmt(instant(at).setZone(timeZone));
}

/** A calendar read once: working weekdays as flags, holidays as day numbers. */
type Working = { weekday: boolean[]; perWeek: number; holidays: Set<DayNumber> };

const workingCache = new WeakMap<ShopCalendar, Working>();

function working(cal: ShopCalendar): Working {
  const hit = workingCache.get(cal);
  if (hit !== undefined) return hit;
  const names = cal.businessDays ?? weekdays.slice(0, 5);
  const weekday = weekdays.map((w) => names.includes(w));
  const holidays = new Set<DayNumber>();
  for (const h of cal.holidays) {
    const d = parseDay(h);
    if (d !== null) holidays.add(d);
  }
  const w: Working = { weekday, perWeek: weekday.filter(Boolean).length, holidays };
  // Calendars come from frozen policy objects; a calendar built on the fly is simply read again.
  if (
    Object.isFrozen(cal) &&
    Object.isFrozen(cal.holidays) &&
    (cal.businessDays === undefined || Object.isFrozen(cal.businessDays))
  ) {
    workingCache.set(cal, w);
  }
  return w;
}

const isWorking = (d: DayNumber, w: Working): boolean =>
  w.weekday[weekdayOf(d)] === true && !w.holidays.has(d);

export function isBusinessDay(date: LocalDate, cal: ShopCalendar): boolean {
  return isWorking(day(date), working(cal));
}

function assertHasBusinessDays(cal: ShopCalendar): void {
  if (cal.businessDays !== undefined && cal.businessDays.length === 0) {
    throw new RangeError('the calendar has no business days');
  }
}

function nextWorkingOnOrAfter(d: DayNumber, w: Working): DayNumber {
  // A year of holidays on every working day would be a broken calendar; stop well before looping forever.
  for (let i = 0; i < 800; i++, d++) if (isWorking(d, w)) return d;
  throw new RangeError('no business day within two years');
}

/** The date itself if it is a business day, else the next business day after it. */
export function nextBusinessDayOnOrAfter(date: LocalDate, cal: ShopCalendar): LocalDate {
  assertHasBusinessDays(cal);
  return dayText(nextWorkingOnOrAfter(day(date), working(cal)));
}

/**
 * Adds `n` business days (n ≥ 0). Counting starts on the first business day on or after `date`;
 * adding 0 returns that day, adding 1 the business day after it.
 */
export function addBusinessDays(date: LocalDate, n: number, cal: ShopCalendar): LocalDate {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`business days must be a whole number ≥ 0, got ${n}`);
  assertHasBusinessDays(cal);
  const w = working(cal);
  let current = nextWorkingOnOrAfter(day(date), w);
  for (let i = 0; i < n; i++) current = nextWorkingOnOrAfter(current + 1, w);
  return dayText(current);
}

/**
 * Business days strictly after `from` up to and including `to` (0 when `to` ≤ `from`).
 * Monday→Tuesday is 1; Friday→Monday is 1. Counted by whole weeks, then the days left over,
 * less the holidays in range that fall on a working weekday.
 */
export function businessDaysBetween(from: LocalDate, to: LocalDate, cal: ShopCalendar): number {
  const first = day(from) + 1;
  const last = day(to);
  if (last < first) return 0;
  const w = working(cal);
  const span = last - first + 1;
  let count = Math.floor(span / 7) * w.perWeek;
  for (let d = first + span - (span % 7); d <= last; d++)
    if (w.weekday[weekdayOf(d)] === true) count++;
  for (const h of w.holidays)
    if (h >= first && h <= last && w.weekday[weekdayOf(h)] === true) count--;
  return count;
}

/** Calendar days from one local date to another (negative when `to` is earlier). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return day(to) - day(from);
}

export function addCalendarDays(date: LocalDate, n: number): LocalDate {
  return dayText(day(date) + n);
}

/** A production stage as the ship window needs it. */
export type PipelineStage = { id: string; typicalBusinessDays: number };

export type ShipWindowInput = {
  /** When the order was placed (ISO instant). */
  orderCreatedAt: string;
  /** Current production stage id; an id not in the pipeline counts as the first stage. */
  stage: string;
  /** When the current stage began (ISO instant); the order time when absent. */
  stageEnteredAt?: string | undefined;
  now: Date;
  pipeline: { stages: readonly PipelineStage[] };
  calendar: ShopCalendar;
  /** Standard production time; when absent, the sum of the stages' typical days (both ends). */
  leadTime?: { minBusinessDays: number; maxBusinessDays: number } | undefined;
};

export type ShipWindow = {
  /** First and last local date of the estimated ship window; both business days, start < end. */
  start: LocalDate;
  end: LocalDate;
  /** Business days still to go until start and until end (counted from today, or the next business day when today is not one). */
  businessDaysLeft: { min: number; max: number };
  /** The window promised at order time (order date + lead time). */
  planned: { start: LocalDate; end: LocalDate };
  /** Business days today lies past the planned end (0 when not late). */
  businessDaysLate: number;
  /** Today in the shop's time zone. */
  today: LocalDate;
};

/**
 * Estimated ship window (product.md R1), always a range of two business dates in the shop's zone.
 *
 * The standard lead time is spread over the pipeline in proportion to each stage's typical days;
 * what is left is the current stage's remainder (typical days minus business days already spent
 * in it, never below zero) plus all later stages. That share of the lead time, counted from today
 * in business days, gives the window. A later stage therefore never gives a later window.
 */
export function shipWindow(input: ShipWindowInput): ShipWindow {
  const { calendar, pipeline } = input;
  const zone = calendar.timeZone;
  const stages = pipeline.stages;
  const total = stages.reduce((sum, s) => sum + Math.max(0, s.typicalBusinessDays), 0);
  const leadMin = input.leadTime?.minBusinessDays ?? total;
  const leadMax = Math.max(leadMin, input.leadTime?.maxBusinessDays ?? total);

  const today = localDate(input.now, zone);
  const orderDay = localDate(input.orderCreatedAt, zone);
  const planned = {
    start: addBusinessDays(orderDay, leadMin, calendar),
    end: addBusinessDays(orderDay, leadMax, calendar),
  };

  const found = stages.findIndex((s) => s.id === input.stage);
  const index = found < 0 ? 0 : found;
  const enteredDay = localDate(input.stageEnteredAt ?? input.orderCreatedAt, zone);
  const spent = businessDaysBetween(enteredDay, today, calendar);
  let remaining = 0;
  stages.forEach((s, i) => {
    const typical = Math.max(0, s.typicalBusinessDays);
    if (i === index) remaining += Math.max(0, typical - spent);
    else if (i > index) remaining += typical;
  });
  const share = total > 0 ? remaining / total : 0;
  const min = Math.max(0, Math.ceil(leadMin * share - 1e-9));
  // Never a single date (R1): the end lies at least one business day after the start.
  const max = Math.max(min + 1, Math.ceil(leadMax * share - 1e-9));
  const start = addBusinessDays(today, min, calendar);
  const end = addBusinessDays(today, max, calendar);
  const businessDaysLate =
    today > planned.end ? businessDaysBetween(planned.end, today, calendar) : 0;
  return {
    start,
    end,
    businessDaysLeft: { min, max },
    planned,
    businessDaysLate,
    today,
  };
}

const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidClockTime(text: string): boolean {
  return hhmm.test(text);
}

/**
 * When the support team is next at work: `now` itself while open on a business day, else the next
 * opening time (ISO instant with the shop's offset). Used to set an honest expectation (R10).
 */
export function nextOpening(
  now: Date,
  cal: ShopCalendar,
  hours: BusinessHours,
): { openNow: boolean; at: string } {
  const zone = cal.timeZone;
  const local = DateTime.fromJSDate(now).setZone(zone);
  const at = (date: LocalDate, clock: string): DateTime =>
    DateTime.fromISO(`${date}T${clock}`, { zone });
  const today = fmt(local);
  if (isBusinessDay(today, cal)) {
    const open = at(today, hours.open);
    const close = at(today, hours.close);
    if (local >= open && local < close)
      return { openNow: true, at: local.toISO() ?? now.toISOString() };
    if (local < open) return { openNow: false, at: open.toISO() ?? '' };
  }
  const next = nextBusinessDayOnOrAfter(addCalendarDays(today, 1), cal);
  return { openNow: false, at: at(next, hours.open).toISO() ?? '' };
}
