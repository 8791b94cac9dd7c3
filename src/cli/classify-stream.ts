import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../domain/errors.js';
import { languages, type Language } from '../domain/languages.js';
import { createNlu } from '../nlu/index.js';

export type ClassifyOptions = { now: Date };

const langHelp = languages.join(', ');

/** One output line for one input line (1-based `lineNo`); never throws for bad input. */
export function classifyLine(
  understand: ReturnType<typeof createNlu>['understand'],
  line: string,
  lineNo: number,
  now: Date,
): string {
  const fail = (message: string): string => JSON.stringify({ error: { line: lineNo, message } });
  if (line.trim() === '') return fail('empty line; expected a JSON object like {"text": "..."}');
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e: unknown) {
    return fail(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('expected a JSON object like {"text": "..."}');
  const record = data as Record<string, unknown>;
  if (typeof record.text !== 'string') return fail('"text" must be a string');
  let hint: Language | undefined;
  if (record.lang !== undefined && record.lang !== null) {
    if (typeof record.lang !== 'string' || !(languages as readonly string[]).includes(record.lang))
      return fail(`"lang" must be one of ${langHelp}`);
    hint = record.lang as Language;
  }
  const u = understand(record.text, hint ? { lang: hint, now } : { now });
  return JSON.stringify({
    text: record.text,
    intent: u.intent,
    confidence: u.confidence,
    lang: u.lang,
    entities: u.entities,
    sentiment: u.sentiment,
  });
}

/** Streams JSON Lines from `input` to `output`; output is written in chunks and respects back-pressure. */
export async function classifyStream(
  input: Readable,
  output: Writable,
  options: ClassifyOptions,
): Promise<void> {
  const nlu = createNlu();
  const understand = nlu.understand.bind(nlu);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    size = 0;
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', resolve));
  };
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      const out = `${classifyLine(understand, line, lineNo, options.now)}\n`;
      buffer.push(out);
      size += out.length;
      if (size > 65536) await flush();
    }
  } catch (e: unknown) {
    await flush();
    throw new AppError(
      'bad_request',
      `could not read stdin after line ${lineNo}: ${e instanceof Error ? e.message : String(e)}`,
      undefined,
      { cause: e },
    );
  }
  await flush();
}
