import { z } from 'zod';

/** ISO 4217 codes the runtime knows; minor-unit digits come from Intl, so JPY has 0, USD 2. */
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code in capitals, like "USD"')
  .refine((c) => knownCurrencies.has(c), { message: 'is not a known ISO 4217 currency' });

export type Currency = z.infer<typeof currencySchema>;

/** Number of digits after the decimal point for a currency (2 for USD, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    // Building an Intl.NumberFormat costs far more than the rest of a conversion: once per currency.
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}
const digitsCache = new Map<string, number>();

export type ToMinorResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Converts a decimal amount (number or string such as 52, 52.5, "52.00") to integer minor units
 * exactly, without floating-point drift. Rejects negatives and more decimals than the currency has.
 */
export function toMinor(amount: number | string, currency: string): ToMinorResult {
  const text = typeof amount === 'number' ? numberToPlainString(amount) : amount.trim();
  if (text === null) return { ok: false, message: 'must be a finite number' };
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, message: `"${text}" is not a decimal amount` };
  if (match[1]) return { ok: false, message: 'must not be negative' };
  const digits = minorDigits(currency);
  const whole = match[2] ?? '0';
  let fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) {
    return { ok: false, message: `has more than ${digits} decimal places for ${currency}` };
  }
  fraction = fraction.padEnd(digits, '0');
  const value = Number(whole + fraction);
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'is too large' };
  return { ok: true, value };
}

/** Integer minor units back to a decimal string ("52.00"), as sent in events and the API. */
export function fromMinor(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor)
    .toString()
    .padStart(digits + 1, '0');
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

function numberToPlainString(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  // Shortest round-trip representation; expand exponent forms such as 1e-7 or 1e21.
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}
