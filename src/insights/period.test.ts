import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.js';

const now = new Date('2026-11-22T02:00:00.000Z');

describe('parsePeriod', () => {
  it.each([
    [
      'defaults to the 30 days before now',
      {},
      { since: '2026-10-23T02:00:00.000Z', until: '2026-11-22T02:00:00.000Z' },
    ],
    [
      'a since date starts at its UTC midnight',
      { since: '2026-11-01' },
      { since: '2026-11-01T00:00:00.000Z', until: '2026-11-22T02:00:00.000Z' },
    ],
    [
      'an until date includes that day',
      { since: '2026-11-01', until: '2026-11-01' },
      { since: '2026-11-01T00:00:00.000Z', until: '2026-11-02T00:00:00.000Z' },
    ],
    [
      'instants are taken exactly, offsets honoured',
      { since: '2026-11-01T10:00:00+02:00', until: '2026-11-01T12:30:00Z' },
      { since: '2026-11-01T08:00:00.000Z', until: '2026-11-01T12:30:00.000Z' },
    ],
    [
      'only until: the 30 days before it',
      { until: '2026-10-31' },
      { since: '2026-10-02T00:00:00.000Z', until: '2026-11-01T00:00:00.000Z' },
    ],
    [
      'surrounding spaces are fine',
      { since: ' 2026-11-01 ' },
      { since: '2026-11-01T00:00:00.000Z', until: '2026-11-22T02:00:00.000Z' },
    ],
  ])('%s', (_name, input, want) => {
    expect(parsePeriod(input, now)).toEqual({ ok: true, value: want });
  });

  it.each([
    [{ since: 'last week' }, 'since: "last week" is not a date'],
    [{ since: '2026-02-29' }, 'since: "2026-02-29" is not a date'],
    [{ since: '2026-11-1' }, 'since: "2026-11-1" is not a date'],
    [{ until: '2026-11-20T10:00' }, 'until: "2026-11-20T10:00" is not a date'],
    [{ until: '' }, 'until: "" is not a date'],
    [{ since: '2026-11-02', until: '2026-11-01' }, 'must be before until'],
    [{ since: '2026-11-23' }, 'must be before until'],
  ])('rejects %j', (input, message) => {
    const r = parsePeriod(input, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});
