// The few parts of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    type Request = {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      requests?: (Request & {
        /** Builds each request; `context` is the connection's, reset before every call. */
        setupRequest?: (req: Request, context: Record<string, unknown>) => Request;
        /** Called with each answer, and the context its request was set up with. */
        onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
      })[];
    };
    type Histogram = {
      average: number;
      mean: number;
      p50: number;
      p90: number;
      p99: number;
      max: number;
    };
    type Result = {
      requests: Histogram & { total: number };
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
      statusCodeStats?: Record<string, { count: number | string }>;
    };
  }
  function autocannon(
    opts: autocannon.Options,
    cb: (err: Error | null, result: autocannon.Result) => void,
  ): unknown;
  export default autocannon;
}
