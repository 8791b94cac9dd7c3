import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadDemoContent } from '../src/demo/index.js';
import {
  conversationFiles,
  parseConversationTest,
  runConversationTest,
} from '../src/engine/conversation-tests.js';
import { createLocalRuntime } from '../src/engine/runtime.js';
import { createKnowledge } from '../src/knowledge/index.js';
import { createNlu } from '../src/nlu/index.js';
import { sqliteTemplate, type SqliteTemplate } from './support/sqlite-template.js';

// Every conversation file in test/conversations, through the same runner as `makerdesk test-conversations`.
const dir = fileURLToPath(new URL('./conversations/', import.meta.url));
const files = conversationFiles(dir);
// Built once and shared: each conversation still gets a database of its own.
const nlu = createNlu();
const knowledge = createKnowledge(loadDemoContent());
let databases: SqliteTemplate;

beforeAll(async () => {
  databases = await sqliteTemplate();
});
afterAll(() => databases?.drop());

describe('conversation tests', () => {
  it('has files for every language', () => {
    const langs = new Set(files.map((f) => basename(f.slice(0, f.lastIndexOf('/')))));
    for (const l of ['en', 'es', 'fr', 'de', 'it', 'pt', 'bad-input', 'seed'])
      expect(langs.has(l), l).toBe(true);
  });

  it.each(files.map((f) => [f.slice(dir.length), f]))('%s', async (_name, file) => {
    const parsed = parseConversationTest(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.reason);
    const t = parsed.value;
    const r = await runConversationTest(t, file, async (c, clock) => {
      const db = databases.fresh();
      const runtime = await createLocalRuntime({
        dbUrl: db.url,
        nlu,
        knowledge,
        clock: clock.now,
        demo: c.demo,
        ...(c.orders ? { orders: c.orders } : {}),
        ...(c.policy ? { policyText: c.policy } : {}),
      }).catch((e: unknown) => {
        db.remove();
        throw e;
      });
      return {
        assistant: runtime.assistant,
        close: async () => {
          await runtime.close();
          db.remove();
        },
      };
    });
    expect(r.reason ?? 'ok').toBe('ok');
  });
});
