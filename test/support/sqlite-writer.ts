// Child process for the multi-process SQLite test: N read-modify-write transactions on one order.
import { openStore } from '../../src/store/index.js';

const [url, times] = process.argv.slice(2);
if (url === undefined || times === undefined) throw new Error('usage: sqlite-writer URL TIMES');
const store = await openStore(url);
for (let i = 0; i < Number(times); i++) {
  await store.transaction(async (tx) => {
    const o = await tx.orders.getForUpdate('shared');
    if (!o) throw new Error('missing order');
    // Yield between read and write, so the other process gets every chance to interleave.
    await new Promise((r) => setTimeout(r, 1));
    await tx.orders.upsert({
      ...o,
      payment: { ...o.payment, refundedMinor: o.payment.refundedMinor + 1 },
    });
  });
}
await store.close();
