import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/index.js';
import { extractEntities } from '../entities.js';

const find = (text: string, lang: Language) =>
  extractEntities(text, { lang, now: new Date('2026-11-20T12:00:00Z') });

describe('address: a postal address is one entity', () => {
  it.each([
    [
      'en',
      '22 Oak Street, Oakland, CA 94607',
      { line1: '22 Oak Street', city: 'Oakland', region: 'CA', postcode: '94607' },
    ],
    [
      'en',
      'please send it to 1600 Pennsylvania Avenue NW, Washington, DC 20500 instead',
      { line1: '1600 Pennsylvania Avenue NW', city: 'Washington', region: 'DC', postcode: '20500' },
    ],
    [
      'en',
      '10 Downing St, London SW1A 2AA',
      { line1: '10 Downing St', city: 'London', postcode: 'SW1A 2AA' },
    ],
    [
      'en',
      'new address: 221B Baker Street\nLondon\nNW1 6XE\nUK',
      { line1: '221B Baker Street', city: 'London', postcode: 'NW1 6XE', country: 'UK' },
    ],
    [
      'en',
      '45 Maple Ave, Apt 3B, Toronto, ON M5V 3L9',
      {
        line1: '45 Maple Ave',
        line2: 'Apt 3B',
        city: 'Toronto',
        region: 'ON',
        postcode: 'M5V 3L9',
      },
    ],
    [
      'en',
      'ship it to 75 Harbor Road, Portland, 97201, US',
      { line1: '75 Harbor Road', city: 'Portland', postcode: '97201', country: 'US' },
    ],
    [
      'es',
      'Calle Mayor 5, 28013 Madrid',
      { line1: 'Calle Mayor 5', city: 'Madrid', postcode: '28013' },
    ],
    [
      'es',
      'mi nueva dirección es calle de Alcalá 45, 3º izq, 28014 Madrid, España',
      {
        line1: 'calle de Alcalá 45',
        line2: '3º izq',
        city: 'Madrid',
        postcode: '28014',
        country: 'España',
      },
    ],
    [
      'fr',
      '12 rue des Lilas, 75011 Paris',
      { line1: '12 rue des Lilas', city: 'Paris', postcode: '75011' },
    ],
    [
      'fr',
      'livrez au 5 bis avenue Foch 75116 Paris svp',
      { line1: '5 bis avenue Foch', city: 'Paris', postcode: '75116' },
    ],
    [
      'de',
      'Hauptstraße 5, 10115 Berlin',
      { line1: 'Hauptstraße 5', city: 'Berlin', postcode: '10115' },
    ],
    [
      'de',
      'Neue Adresse:\nKarl-Marx-Str. 12a\n10243 Berlin',
      { line1: 'Karl-Marx-Str. 12a', city: 'Berlin', postcode: '10243' },
    ],
    [
      'it',
      'Via Roma 10, 20121 Milano',
      { line1: 'Via Roma 10', city: 'Milano', postcode: '20121' },
    ],
    [
      'it',
      'spedite a viale Monza 3, 20127 Milano MI',
      { line1: 'viale Monza 3', city: 'Milano MI', postcode: '20127' },
    ],
    [
      'pt',
      'Rua Augusta 100, 1100-053 Lisboa',
      { line1: 'Rua Augusta 100', city: 'Lisboa', postcode: '1100-053' },
    ],
    [
      'pt',
      'Avenida da Liberdade, 245, 1250-143 Lisboa, Portugal',
      {
        line1: 'Avenida da Liberdade, 245',
        city: 'Lisboa',
        postcode: '1250-143',
        country: 'Portugal',
      },
    ],
  ] as const)('%s: %j', (lang, text, parts) => {
    const entities = find(text, lang);
    const addresses = entities.filter((e) => e.type === 'address');
    expect(addresses).toHaveLength(1);
    expect(addresses[0]!.parts).toEqual(parts);
    expect(text.slice(addresses[0]!.start, addresses[0]!.end)).toBe(addresses[0]!.value);
    // Neither the postcode nor the house number becomes an order number.
    expect(entities.filter((e) => e.type === 'order_number' || e.type === 'postcode')).toEqual([]);
  });

  it('reads a multi-line address under a name, with the flat on its own line', () => {
    const text = 'Maria Lopez\nCalle Mayor 5, 2º B\n28013 Madrid\nEspaña';
    const [address] = find(text, 'es').filter((e) => e.type === 'address');
    expect(address?.value).toBe('Calle Mayor 5, 2º B\n28013 Madrid\nEspaña');
    expect(address?.parts).toEqual({
      line1: 'Calle Mayor 5',
      line2: '2º B',
      postcode: '28013',
      city: 'Madrid',
      country: 'España',
    });
  });

  it('keeps the order number next to an address', () => {
    const types = find('order #1042: please ship to 22 Oak Street, Oakland, CA 94607', 'en').map(
      (e) => e.type,
    );
    expect(types).toEqual(['order_number', 'address']);
  });

  it.each([
    ['en', 'I ordered 3 rings by the way, London is great'],
    ['en', 'I live on Oak Street'],
    ['en', 'it took 5 days'],
    ['en', 'sent via DHL 2 days ago'],
    ['es', 'pedido 28013 de Madrid'],
  ] as const)('%s: no address in %j', (lang, text) => {
    expect(find(text, lang).filter((e) => e.type === 'address')).toEqual([]);
  });
});
