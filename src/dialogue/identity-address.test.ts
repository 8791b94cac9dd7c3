import { describe, expect, it } from 'vitest';
import { anOrder } from '../../test/support/fakes.js';
import { parseAddress } from './flows/address.js';
import { orderNumberCandidates, ownsOrder, proofLevel } from './identity.js';

describe('addresses and proof of ownership', () => {
  it('parses addresses and refuses what is not one', () => {
    expect(parseAddress('200 Mission Street, San Francisco, 94105, US', 'US')).toEqual({
      line1: '200 Mission Street',
      city: 'San Francisco',
      postcode: '94105',
      country: 'US',
    });
    expect(parseAddress('Rua da Misericórdia 14\n1200-195 Lisboa\nPortugal', 'US')).toEqual({
      line1: 'Rua da Misericórdia 14',
      city: 'Lisboa',
      postcode: '1200-195',
      country: 'PT',
    });
    expect(parseAddress('hello there', 'US')).toBeNull();
    expect(parseAddress('1, 2, 3', 'US')).toBeNull();
  });

  it('proves ownership only with the order’s own e-mail or postcode', () => {
    const o = anOrder();
    expect(ownsOrder(o, { email: 'ANA@example.com ' })).toBe(true);
    expect(ownsOrder(o, { postcode: '94 110' })).toBe(true);
    expect(ownsOrder(o, { email: 'bob@example.com' })).toBe(false);
    expect(ownsOrder(o, { postcode: '9' })).toBe(false);
    expect(ownsOrder(null, { email: 'ana@example.com' })).toBe(false);
    expect(orderNumberCandidates('order #1042, zip 94110')).toEqual(['1042', '94110']);
  });

  it('a postcode proves enough to read, the e-mail to change', () => {
    const o = anOrder();
    expect(proofLevel(o, { postcode: '94110' })).toBe('read');
    expect(proofLevel(o, { email: 'ana@example.com' })).toBe('full');
    expect(proofLevel(o, { email: 'eve@example.com', postcode: '94110' })).toBe('read');
    expect(proofLevel(null, { email: 'ana@example.com' })).toBeNull();
  });
});
