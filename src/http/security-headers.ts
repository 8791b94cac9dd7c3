import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** What helmet is asked for on every answer. */
export const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // The widget injects its own <style>; no inline scripts anywhere.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'self'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      // Added only over HTTPS (see `securityHeaders`): on plain HTTP it breaks the page.
      upgradeInsecureRequests: null,
    },
  },
  // Likewise only over HTTPS.
  hsts: false,
  // widget.js and API answers are used from the shop's own site.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
};

/** HSTS, sent only on answers to requests that came over HTTPS. */
export const hstsValue = 'max-age=15552000; includeSubDomains';

/**
 * The headers helmet sets with these options, found once by running its middleware on a stand-in
 * answer that records them (names in lower case, as Fastify keeps them). With no directive given
 * as a function, helmet's headers do not depend on the request, so every answer can carry the
 * same ones without building the middleware and its policy text again per request.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  // Helmet throws on bad options; its callback only ever reports the end.
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

export type SecurityHeaders = {
  /** For answers over plain HTTP. */
  plain: Readonly<Record<string, string>>;
  /** Over HTTPS: the same, with HSTS and `upgrade-insecure-requests`. */
  https: Readonly<Record<string, string>>;
};

/** The security headers of every answer, over HTTP and over HTTPS, worked out once. */
export function securityHeaders(options: HelmetOptions = helmetOptions): SecurityHeaders {
  const plain = helmetHeaders(options);
  const https: Record<string, string> = { ...plain, 'strict-transport-security': hstsValue };
  const csp = plain['content-security-policy'];
  if (csp !== undefined && !csp.includes('upgrade-insecure-requests'))
    https['content-security-policy'] = `${csp};upgrade-insecure-requests`;
  return { plain: Object.freeze(plain), https: Object.freeze(https) };
}
