import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/index.js';
import type { ActionsPort } from '../../src/engine.js';
import type { ApprovalActions } from '../../src/http/console/setup.js';
import { openStore } from '../../src/store/index.js';

describe('the actions fit the ports other parts declared', () => {
  it('is an engine ActionsPort and a console ApprovalActions', async () => {
    const store = await openStore('sqlite::memory:');
    const actions = createActions({
      store,
      clock: () => new Date('2026-11-21T10:00:00Z'),
      newId: () => randomUUID(),
    });
    const engine: ActionsPort = actions;
    const console_: ApprovalActions = actions;
    expect([
      typeof engine.requestRefund,
      typeof console_.decideApproval,
      typeof actions.upsertOrder,
    ]).toEqual(['function', 'function', 'function']);
    await store.close();
  });
});
