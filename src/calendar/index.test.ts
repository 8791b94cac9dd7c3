import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  calendarDaysBetween,
  weekdays,
  isBusinessDay,
  isValidLocalDate,
  isValidTimeZone,
  localDate,
  nextBusinessDayOnOrAfter,
  nextOpening,
  shipWindow,
  type ShopCalendar,
} from './index.js';

const ny: ShopCalendar = {
  timeZone: 'America/New_York',
  holidays: ['2026-11-26', '2026-11-27', '2026-12-25'],
};
const pipeline = {
  stages: [
    { id: 'received', typicalBusinessDays: 1 },
    { id: 'design', typicalBusinessDays: 2 },
    { id: 'making', typicalBusinessDays: 5 },
    { id: 'finishing', typicalBusinessDays: 2 },
    { id: 'quality_check', typicalBusinessDays: 1 },
    { id: 'ready_to_ship', typicalBusinessDays: 1 },
  ],
};
const leadTime = { minBusinessDays: 7, maxBusinessDays: 14 };

describe('business days', () => {
  it.each([
    ['2026-11-23', true, 'Monday'],
    ['2026-11-21', false, 'Saturday'],
    ['2026-11-22', false, 'Sunday'],
    ['2026-11-26', false, 'holiday (Thanksgiving)'],
    ['2026-11-25', true, 'Wednesday before the holiday'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(date, ny)).toBe(expected);
  });

  it.each([
    // [from, n, expected]
    ['2026-11-23', 0, '2026-11-23'], // Monday + 0 = Monday
    ['2026-11-23', 1, '2026-11-24'],
    ['2026-11-20', 1, '2026-11-23'], // Friday + 1 skips the weekend
    ['2026-11-21', 0, '2026-11-23'], // Saturday counts from Monday
    ['2026-11-25', 1, '2026-11-30'], // Wed + 1 skips Thanksgiving, the Friday after and the weekend
    ['2026-12-21', 5, '2026-12-29'], // skips Christmas Day
  ])('%s + %i business days = %s', (from, n, expected) => {
    expect(addBusinessDays(from, n, ny)).toBe(expected);
  });

  it('counts business days between dates', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-23', ny)).toBe(1);
    expect(businessDaysBetween('2026-11-23', '2026-11-23', ny)).toBe(0);
    expect(businessDaysBetween('2026-11-24', '2026-11-23', ny)).toBe(0);
    expect(businessDaysBetween('2026-11-24', '2026-12-01', ny)).toBe(3);
  });

  it('honours a custom working week (Tuesday to Saturday)', () => {
    const cal: ShopCalendar = {
      timeZone: 'Europe/Lisbon',
      holidays: [],
      businessDays: ['tue', 'wed', 'thu', 'fri', 'sat'],
    };
    expect(isBusinessDay('2026-11-21', cal)).toBe(true);
    expect(isBusinessDay('2026-11-23', cal)).toBe(false);
    expect(addBusinessDays('2026-11-21', 1, cal)).toBe('2026-11-24');
  });

  it('rejects a negative count and a calendar without business days', () => {
    expect(() => addBusinessDays('2026-11-23', -1, ny)).toThrow(RangeError);
    expect(() =>
      nextBusinessDayOnOrAfter('2026-11-23', { timeZone: 'UTC', holidays: [], businessDays: [] }),
    ).toThrow(RangeError);
  });

  it('takes the local date in the shop time zone', () => {
    // 03:00 UTC on the 21st is still the evening of the 20th in New York.
    expect(localDate('2026-11-21T03:00:00Z', 'America/New_York')).toBe('2026-11-20');
    expect(localDate('2026-11-21T03:00:00Z', 'Asia/Tokyo')).toBe('2026-11-21');
  });

  it('gives the local date luxon gives, for any instant and zone', () => {
    const viaLuxon = (at: string | Date, zone: string): string => {
      const d =
        typeof at === 'string' ? DateTime.fromISO(at, { setZone: true }) : DateTime.fromJSDate(at);
      if (!d.isValid) throw new RangeError('invalid');
      return d.setZone(zone).toFormat('yyyy-MM-dd');
    };
    const zones = [
      'UTC',
      'America/New_York',
      'America/St_Johns',
      'Europe/Lisbon',
      'Asia/Kathmandu',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01Z'),
          max: new Date('2090-12-31Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        fc.constantFrom('Z', '+05:45', '-03:30', '+14:00'),
        (when, zone, offset) => {
          expect(localDate(when, zone)).toBe(viaLuxon(when, zone));
          const iso = when.toISOString();
          expect(localDate(iso, zone)).toBe(viaLuxon(iso, zone));
          const shifted = DateTime.fromJSDate(when)
            .setZone(offset === 'Z' ? 'UTC' : `UTC${offset}`)
            .toISO({ suppressMilliseconds: true, includeOffset: true });
          if (shifted !== null) expect(localDate(shifted, zone)).toBe(viaLuxon(shifted, zone));
        },
      ),
      { numRuns: 300 },
    );
    // Other ISO forms and zones only luxon knows read as before.
    for (const [at, zone] of [
      ['2026-11-21T03:00:00', 'Asia/Tokyo'],
      ['2026-11-21', 'America/New_York'],
      ['2026-11-21T23:30:00.123456Z', 'Europe/Lisbon'],
      ['2026-11-21T23:30:00Z', 'UTC+3'],
    ] as const)
      expect(localDate(at, zone)).toBe(viaLuxon(at, zone));
    expect(() => localDate('not a date', 'UTC')).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });

  it('validates time zones and dates', () => {
    expect(isValidTimeZone('Europe/Lisbon')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidLocalDate('2026-02-28')).toBe(true);
    expect(isValidLocalDate('2026-02-30')).toBe(false);
    expect(isValidLocalDate('26-2-3')).toBe(false);
  });
});

describe('shipWindow', () => {
  const base = { orderCreatedAt: '2026-11-16T15:00:00Z', pipeline, calendar: ny, leadTime };

  it('a fresh order gets the full lead time from its order date', () => {
    const w = shipWindow({ ...base, stage: 'received', now: new Date('2026-11-16T16:00:00Z') });
    expect(w).toMatchObject({
      start: '2026-11-25',
      end: '2026-12-08',
      businessDaysLeft: { min: 7, max: 14 },
    });
    expect(w.planned).toEqual({ start: w.start, end: w.end });
    expect(w.businessDaysLate).toBe(0);
  });

  it('is always a range, never one date, even at the last stage', () => {
    const w = shipWindow({
      ...base,
      stage: 'ready_to_ship',
      now: new Date('2026-11-30T15:00:00Z'),
    });
    expect(w.start < w.end).toBe(true);
    expect(w.businessDaysLeft).toEqual({ min: 0, max: 1 });
  });

  it('skips holidays in the window', () => {
    const w = shipWindow({
      ...base,
      stage: 'quality_check',
      stageEnteredAt: '2026-11-24T15:00:00Z',
      now: new Date('2026-11-25T15:00:00Z'),
    });
    for (const d of [w.start, w.end]) expect(isBusinessDay(d, ny)).toBe(true);
    expect(w.start).toBe('2026-11-30');
  });

  it('counts from the shop-local order date, not the UTC date', () => {
    // Placed Friday 22:30 in New York = Saturday 03:30 UTC; the planned window counts from Friday.
    const w = shipWindow({
      ...base,
      orderCreatedAt: '2026-11-21T03:30:00Z',
      stage: 'received',
      now: new Date('2026-11-21T04:00:00Z'),
    });
    expect(w.today).toBe('2026-11-20');
    expect(w.planned.start).toBe(addBusinessDays('2026-11-20', 7, ny));
  });

  it('reports how late an order is past its planned window', () => {
    const w = shipWindow({
      ...base,
      stage: 'making',
      stageEnteredAt: '2026-11-18T15:00:00Z',
      now: new Date('2026-12-10T15:00:00Z'),
    });
    expect(w.planned.end).toBe('2026-12-08');
    expect(w.businessDaysLate).toBe(2);
    expect(w.start >= w.today).toBe(true);
  });

  it('an unknown stage is treated as the first (the latest window)', () => {
    const now = new Date('2026-11-17T15:00:00Z');
    expect(shipWindow({ ...base, stage: 'mystery', now })).toEqual(
      shipWindow({ ...base, stage: 'received', now }),
    );
  });

  describe('properties', () => {
    const zones = fc.constantFrom(
      'America/New_York',
      'Europe/Lisbon',
      'Asia/Tokyo',
      'Australia/Sydney',
      'UTC',
      'America/Los_Angeles',
    );
    const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) });
    const holidayDates = fc.array(
      fc
        .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 6, 1) })
        .map((ms) => new Date(ms).toISOString().slice(0, 10)),
      { maxLength: 40 },
    );
    const stageIds = pipeline.stages.map((s) => s.id);
    const input = fc.record({
      zone: zones,
      holidays: holidayDates,
      created: instant,
      sinceOrderHours: fc.integer({ min: 0, max: 24 * 90 }),
      stageEnteredAfterHours: fc.integer({ min: 0, max: 24 * 60 }),
      stage: fc.integer({ min: 0, max: stageIds.length - 1 }),
      min: fc.integer({ min: 0, max: 30 }),
      extra: fc.integer({ min: 0, max: 30 }),
    });
    type Gen = {
      zone: string;
      holidays: string[];
      created: number;
      sinceOrderHours: number;
      stageEnteredAfterHours: number;
      min: number;
      extra: number;
    };
    const build = (v: Gen, stage: number) => {
      const now = new Date(v.created + v.sinceOrderHours * 3_600_000);
      const entered = new Date(
        Math.min(v.created + v.stageEnteredAfterHours * 3_600_000, now.getTime()),
      ).toISOString();
      return shipWindow({
        orderCreatedAt: new Date(v.created).toISOString(),
        stage: stageIds[stage] ?? 'received',
        stageEnteredAt: entered,
        now,
        pipeline,
        calendar: { timeZone: v.zone, holidays: v.holidays },
        leadTime: { minBusinessDays: v.min, maxBusinessDays: v.min + v.extra },
      });
    };

    it('start ≤ end, both business days, not before today, holidays skipped', () => {
      fc.assert(
        fc.property(input, (v) => {
          const w = build(v, v.stage);
          const cal = { timeZone: v.zone, holidays: v.holidays };
          expect(w.start < w.end).toBe(true);
          expect(isBusinessDay(w.start, cal)).toBe(true);
          expect(isBusinessDay(w.end, cal)).toBe(true);
          expect(v.holidays).not.toContain(w.start);
          expect(v.holidays).not.toContain(w.end);
          expect(w.start >= w.today).toBe(true);
          expect(w.businessDaysLeft.min <= w.businessDaysLeft.max).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('a later stage never moves the window later', () => {
      fc.assert(
        fc.property(input, fc.integer({ min: 1, max: stageIds.length - 1 }), (v, step) => {
          const later = Math.min(stageIds.length - 1, v.stage + step);
          const a = build(v, v.stage);
          const b = build(v, later);
          expect(b.start <= a.start).toBe(true);
          expect(b.end <= a.end).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('nextOpening', () => {
  const hours = { open: '09:00', close: '17:00' };
  it.each([
    ['2026-11-23T15:00:00Z', true, '2026-11-23T10:00:00.000-05:00'], // Monday 10:00 NY: open now
    ['2026-11-23T23:30:00Z', false, '2026-11-24T09:00:00.000-05:00'], // Monday evening → Tuesday 09:00
    ['2026-11-21T15:00:00Z', false, '2026-11-23T09:00:00.000-05:00'], // Saturday → Monday
    ['2026-11-25T23:00:00Z', false, '2026-11-30T09:00:00.000-05:00'], // Wednesday night before Thanksgiving → Monday
    ['2026-11-23T12:00:00Z', false, '2026-11-23T09:00:00.000-05:00'], // Monday 07:00 → 09:00 the same day
  ])('at %s open=%s next=%s', (now, openNow, at) => {
    const r = nextOpening(new Date(now), ny, hours);
    expect(r.openNow).toBe(openNow);
    if (!openNow) expect(r.at).toBe(at);
  });
});

describe('business-day arithmetic by weeks', () => {
  const dayMs = 86_400_000;
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const date = fc
    .integer({ min: Date.UTC(1999, 0, 1) / dayMs, max: Date.UTC(2031, 0, 1) / dayMs })
    .map((d) => iso(d * dayMs));
  const calendar = fc.record({
    holidays: fc.array(date, { maxLength: 12 }),
    businessDays: fc.option(fc.subarray([...weekdays], { minLength: 1 }), { nil: undefined }),
  });
  /** The plain definition: walk day by day and look each one up. */
  const countByDays = (from: string, to: string, cal: ShopCalendar): number => {
    let n = 0;
    for (let ms = Date.parse(from) + dayMs; ms <= Date.parse(to); ms += dayMs)
      if (isBusinessDay(iso(ms), cal)) n++;
    return n;
  };

  it('businessDaysBetween equals counting day by day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -10, max: 400 }), calendar, (from, span, c) => {
        const cal: ShopCalendar = {
          timeZone: 'UTC',
          holidays: c.holidays,
          ...(c.businessDays && { businessDays: c.businessDays }),
        };
        const to = addCalendarDays(from, span);
        expect(businessDaysBetween(from, to, cal)).toBe(countByDays(from, to, cal));
      }),
    );
  });

  it('addBusinessDays lands on a business day exactly n business days on', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), calendar, (from, n, c) => {
        const cal: ShopCalendar = {
          timeZone: 'UTC',
          holidays: c.holidays,
          ...(c.businessDays && { businessDays: c.businessDays }),
        };
        const start = nextBusinessDayOnOrAfter(from, cal);
        const end = addBusinessDays(from, n, cal);
        expect(isBusinessDay(end, cal)).toBe(true);
        expect(businessDaysBetween(start, end, cal)).toBe(n);
      }),
    );
  });

  it('reads dates across month, leap-year and century edges', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(calendarDaysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(isValidLocalDate('2028-02-29')).toBe(true);
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2026-13-01')).toBe(false);
    expect(isValidLocalDate('0099-01-01')).toBe(true);
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
