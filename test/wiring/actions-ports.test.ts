import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createActions, orderWriter } from '../../src/actions/index.js';
import type { ActionsPort } from '../../src/engine.js';
import type { ApprovalActions } from '../../src/http/console/setup.js';
import type { OrderWriter } from '../../src/http/order-writer.js';
import { openStore } from '../../src/store/index.js';

describe('the actions fit the ports other parts declared', () => {
  it('is an engine ActionsPort, a console ApprovalActions and an HTTP OrderWriter', async () => {
    const store = await openStore('sqlite::memory:');
    const actions = createActions({
      store,
      clock: () => new Date('2026-11-21T10:00:00Z'),
      newId: () => randomUUID(),
    });
    const engine: ActionsPort = actions;
    const console_: ApprovalActions = actions;
    const orders: OrderWriter = orderWriter(actions);
    expect([
      typeof engine.requestRefund,
      typeof console_.decideApproval,
      typeof orders.upsertOrder,
    ]).toEqual(['function', 'function', 'function']);
    await store.close();
  });
});
