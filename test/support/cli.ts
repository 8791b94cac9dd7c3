import { Readable } from 'node:stream';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/**
 * Runs `makerdesk ARGS` in process and returns its exit code and what it wrote to stdout and
 * stderr. With `stdin`, the command reads that text as if it were piped in (not a terminal).
 */
export async function runCli(
  args: string[],
  stdin?: string,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  const i =
    stdin === undefined
      ? null
      : vi
          .spyOn(process, 'stdin', 'get')
          .mockReturnValue(Readable.from([stdin]) as unknown as typeof process.stdin);
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    i?.mockRestore();
    process.exitCode = undefined;
  }
}
