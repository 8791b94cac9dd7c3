import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createActions } from '../../src/actions/index.js';
import type { Store } from '../../src/domain/store.js';
import { buildApp } from '../../src/http/index.js';
import { openStore } from '../../src/store/index.js';
import { fakeAssistant } from '../support/fake-assistant.js';

/** The widget's server for one browser test: a fresh store, the scripted assistant, listening. */
export type WidgetServer = {
  store: Store;
  assistant: ReturnType<typeof fakeAssistant>;
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  base: string;
  uploadsDir: string;
  close(): Promise<void>;
};

export async function startWidgetServer(webDir: string): Promise<WidgetServer> {
  const store = await openStore('sqlite::memory:');
  const uploadsDir = await mkdtemp(join(tmpdir(), 'makerdesk-e2e-'));
  const assistant = fakeAssistant(store);
  const app = await buildApp({
    store,
    assistant,
    actions: createActions({ store, clock: () => new Date(), newId: randomUUID }),
    apiKey: null,
    uploadsDir,
    clock: () => new Date(),
    logger: false,
    webDir,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  return {
    store,
    assistant,
    app,
    base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    uploadsDir,
    async close() {
      await app.close();
      await store.close();
      await rm(uploadsDir, { recursive: true, force: true });
    },
  };
}
