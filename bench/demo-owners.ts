import { demoOrders } from '../src/demo/index.js';

/**
 * Demo orders still in production, with their owners' e-mails, so a status turn proves identity.
 * Derived from the demo data so the benches never drift from it.
 */
type Owner = [id: string, email: string];

export function openDemoOrderOwners(now: Date): [Owner, ...Owner[]] {
  const owners = demoOrders(now)
    .filter((o) => (o.fulfillment?.status ?? 'unfulfilled') === 'unfulfilled')
    .map((o): Owner => [o.id, o.customer.email]);
  const [first, ...rest] = owners;
  if (!first) throw new Error('the demo data has no open order to benchmark with');
  return [first, ...rest];
}
