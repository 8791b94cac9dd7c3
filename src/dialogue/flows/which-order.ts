import type { Intent } from '../../domain/index.js';
import { orderNumberCandidates, startIdentify } from '../identity.js';
import { entity, type Turn } from '../kit.js';
import type { Entity, Flow } from '../types.js';
import type { FlowSpec } from './spec.js';

type WhichOrder = Extract<Flow, { name: 'which_order' }>;

/** A change after an order was checked for something else: is it about that order or another one? */
export function askWhichOrder(t: Turn, then: Intent, entities: Entity[], text: string): void {
  const id = t.s.identity.orderId ?? '';
  t.s.flow = { name: 'which_order', then, entities, text, step: 'which' };
  t.say('which_order.ask', { orderNumber: id });
  t.options([
    { value: 'order:this', label: t.label('qr.this_order', { orderNumber: id }), yesno: 'yes' },
    { value: 'order:other', label: t.label('qr.other_order'), yesno: 'no' },
  ]);
}

function prompt(t: Turn, f: WhichOrder): void {
  if (f.step === 'number') {
    t.say('which_order.ask_number');
    return;
  }
  askWhichOrder(t, f.then, f.entities, f.text);
}

export const whichOrderFlow: FlowSpec<'which_order'> = {
  intent: (f) => f.then,
  needsOrder: false,
  resumable: false,
  takesFreeText: (f) => f.step === 'number',
  prompt: (t, f) => prompt(t, f),
  handle: (t, f, act) => {
    const number =
      entity(act.u?.entities ?? [], 'order_number')?.replace(/^#/, '') ??
      orderNumberCandidates(act.text)[0];
    if (number && number !== t.s.identity.orderId) {
      // Another order: prove it, then do what was asked.
      t.s.flow = null;
      t.s.identity.orderNumber = number;
      startIdentify(
        t,
        f.then,
        [...f.entities.filter((e) => e.type !== 'order_number'), ...(act.u?.entities ?? [])],
        `${f.text} ${act.text}`,
      );
      return true;
    }
    if (act.choice === 'order:this' || number === t.s.identity.orderId) {
      t.s.flow = null;
      t.s.identity.verifiedFor = f.then;
      t.route(f.then, f.entities, f.text);
      return true;
    }
    if (act.choice === 'order:other') {
      f.step = 'number';
      t.say('which_order.ask_number');
      return true;
    }
    return false;
  },
};
