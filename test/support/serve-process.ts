import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export type ServerProcess = {
  base: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
};

/**
 * Starts `makerdesk serve --port 0 ARGS` as its own process (from the sources) and resolves once it
 * prints where it listens: the banner's health URL, or `N server processes on port P` with --workers.
 */
export async function startServe(
  args: string[],
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'makerdesk.ts'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      ...args,
    ],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stdout?.on('data', (b: Buffer) => (text += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (text += b.toString()));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in 60 s:\n${text}`)),
      60_000,
    );
    const look = (): void => {
      // With --workers the first worker prints the banner before the others listen: wait for the primary's line.
      const m = args.includes('--workers')
        ? /server processes on port (\d+)/.exec(text)
        : /Health\s+http:\/\/[^:]+:(\d+)\/healthz/.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${text}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => text,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Reads a Server-Sent Events response and keeps every `data:` payload, parsed. */
export async function openEvents(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ events: unknown[]; close(): void }> {
  const ac = new AbortController();
  const res = await fetch(url, { headers, signal: ac.signal });
  if (!res.ok || !res.body) throw new Error(`stream ${url} answered ${res.status}`);
  const events: unknown[] = [];
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          for (const line of block.split('\n'))
            if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
        }
      }
    } catch {
      // Closed by the test.
    }
  })();
  return { events, close: () => ac.abort() };
}

/** Waits until `check` holds, polling every 50 ms, or fails after `ms`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
