import { createHmac, timingSafeEqual } from 'node:crypto';

/** Shopify's signature: base64 HMAC-SHA256 of the raw body. */
export function shopifySignature(rawBody: Buffer | string, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('base64');
}

/** Makerdesk's signature for tracking webhooks and outgoing events: `sha256=<hex>`. */
export function makerdeskSignature(rawBody: Buffer | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Constant-time comparison of a presented signature with the expected one (any lengths). */
export function signatureMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined || presented === '') return false;
  const a = createHmac('sha256', 'compare').update(presented.trim()).digest();
  const b = createHmac('sha256', 'compare').update(expected).digest();
  return timingSafeEqual(a, b);
}
