import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../domain/order.js';
import { defaultPolicy } from '../../policy/index.js';
import { spanishOrder } from '../../../test/helpers/console-fixture.js';
import { policyClauses, shopFromPolicy } from './shop-from-policy.js';

describe('shopFromPolicy', () => {
  const shop = shopFromPolicy(defaultPolicy);

  it('labels stages from the pipeline and falls back to the id', () => {
    expect(shop.stageLabel('making')).toBe('Making');
    expect(shop.stageLabel('kiln_firing')).toBe('kiln firing');
  });

  it('gives the ship window as a range of business dates', () => {
    const parsed = parseOrder(spanishOrder);
    if (!parsed.ok) throw new Error('fixture');
    const w = shop.shipWindow(parsed.value, new Date('2026-11-20T10:00:00Z'));
    expect(w?.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(w && w.start < w.end).toBe(true);
  });

  it('states the clauses in plain words from the policy values', () => {
    const clauses = policyClauses(defaultPolicy);
    expect(clauses.find((c) => c.rule === 'change')?.text).toBe(
      'Custom details can be changed for 24 hours after the order and only until the “Making” stage locks them.',
    );
    expect(clauses.find((c) => c.rule === 'refund')?.text).toContain('75.00');
    expect(shop.voice.signOff).toBe('Warmly, the studio team');
  });
});
