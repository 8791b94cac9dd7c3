import type { Language } from '../domain/order.js';

/** A business-date range (`YYYY-MM-DD`) in the customer's language, e.g. "2–9 December". */
export function formatDateRange(start: string, end: string, lang: Language): string {
  const fmt = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const a = new Date(`${start}T12:00:00Z`);
  const b = new Date(`${end}T12:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${start} – ${end}`;
  return start === end ? fmt.format(a) : fmt.formatRange(a, b);
}

/** A decimal amount string ("120.00") with its currency, in the customer's language. */
export function formatAmount(amount: string, currency: string, lang: Language): string {
  const n = Number(amount);
  if (!Number.isFinite(n)) return `${amount} ${currency}`;
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(n);
}
