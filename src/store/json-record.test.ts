import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { readJson, readRecord, recordSchema } from './json.js';

describe('reading a stored JSON object without its schema pass', () => {
  it('gives what the record schema gives for stored states and message notes', () => {
    for (const text of [
      '{}',
      '{"v":1,"turn":3,"identity":{"orderId":null},"notes":["asked for status"]}',
      '{"intent":"order_status","confidence":0.91,"lang":"en","sentiment":{"label":"neutral","score":0}}',
    ])
      expect(readRecord(text, 'state')).toEqual(readJson(recordSchema, text, 'state'));
  });

  it('refuses what is not an object, as a corrupt row, like the schema did', () => {
    for (const text of ['[1,2]', 'null', '"open"', '42', 'true', '{"v":1,']) {
      expect(() => readJson(recordSchema, text, 'state')).toThrow(AppError);
      expect(() => readRecord(text, 'conversation c1 state')).toThrow(
        /stored conversation c1 state (is not valid JSON|does not match its schema)/,
      );
    }
  });
});
