import { describe, expect, it } from 'vitest';
import { helmetOptions, hstsValue, securityHeaders } from './security-headers.js';

const csp =
  "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'";

describe('securityHeaders', () => {
  it("are helmet's headers for the app's options (as @fastify/helmet sent them), in lower case", () => {
    expect(securityHeaders(helmetOptions).plain).toEqual({
      'content-security-policy': csp,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'cross-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
  });

  it('add HSTS and upgrade-insecure-requests over HTTPS only', () => {
    const { plain, https } = securityHeaders();
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(https['strict-transport-security']).toBe(hstsValue);
    expect(https['content-security-policy']).toBe(`${csp};upgrade-insecure-requests`);
    expect({
      ...https,
      'strict-transport-security': undefined,
      'content-security-policy': undefined,
    }).toEqual({
      ...plain,
      'strict-transport-security': undefined,
      'content-security-policy': undefined,
    });
  });
});
