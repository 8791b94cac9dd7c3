import type { FastifyInstance, FastifyReply } from 'fastify';

/** What a cross-origin page may do on the URLs a `corsFor` scope opens to it. */
export type CorsPolicy = {
  methods: readonly string[];
  allowedHeaders: readonly string[];
  /** Response headers the page may read. */
  exposedHeaders: readonly string[];
  /** How long a browser may keep a preflight's answer. */
  maxAgeSeconds: number;
};

/** Adds `Origin` to the answer's `Vary` header unless it already names it (or `*`). */
function varyOnOrigin(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  if (vary === undefined) {
    void reply.header('vary', 'Origin');
    return;
  }
  const text = Array.isArray(vary) ? vary.join(', ') : String(vary);
  if (!text.split(',').some((v) => ['origin', '*'].includes(v.trim().toLowerCase())))
    void reply.header('vary', `${text}, Origin`);
}

/**
 * CORS for the routes of one plugin scope, decided by URL: answers to URLs `isOpen` accepts allow
 * any origin (`Access-Control-Allow-Origin: *`, no credentials) and expose the policy's headers,
 * errors and 429s included, since the hook runs first; their preflights (OPTIONS with `Origin`
 * and `Access-Control-Request-Method`) are answered 204 in the hook, before anything checks a
 * token, and a preflight without those two headers is refused with 400. Other URLs get no CORS
 * headers and their preflights a 404. Every answer of the scope says `Vary: Origin`.
 *
 * This is what @fastify/cors did here with a delegator choosing `origin: '*'` or
 * `origin: false` per request; that merged and normalised its options on every request, where
 * these header values are written once.
 */
export function corsFor(
  scope: FastifyInstance,
  isOpen: (url: string) => boolean,
  policy: CorsPolicy,
): void {
  const exposed = policy.exposedHeaders.join(', ');
  const preflight = {
    'access-control-allow-methods': policy.methods.join(', '),
    'access-control-allow-headers': policy.allowedHeaders.join(', '),
    'access-control-max-age': String(policy.maxAgeSeconds),
  };
  scope.addHook('onRequest', (req, reply, done) => {
    varyOnOrigin(reply);
    if (!isOpen(req.url)) return done();
    void reply.header('access-control-allow-origin', '*');
    void reply.header('access-control-expose-headers', exposed);
    if (req.method !== 'OPTIONS') return done();
    if (!req.headers.origin || !req.headers['access-control-request-method']) {
      void reply.code(400).type('text/plain').send('Invalid Preflight Request');
      return;
    }
    // Safari waits for a body on a 204 without a length.
    void reply.headers(preflight).code(204).header('content-length', '0').send();
  });
  // Preflights of open URLs never get here (the hook answers them); the rest find nothing.
  scope.options('*', { schema: { hide: true } }, (_req, reply) => reply.callNotFound());
}
