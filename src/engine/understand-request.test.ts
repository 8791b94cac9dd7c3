import { describe, expect, it } from 'vitest';
import type { Intent } from '../domain/index.js';
import { understandRequest, type NluPort } from '../engine.js';
import type { Entity, Understanding } from '../nlu/index.js';

const text =
  'Hi, Ana here, I have two orders with you this week, 1001 and 1101 (ana@example.com). I need to change an engraving';
const entities: Entity[] = [
  {
    type: 'order_number',
    value: '1001',
    start: text.indexOf('1001'),
    end: text.indexOf('1001') + 4,
  },
  {
    type: 'order_number',
    value: '1101',
    start: text.indexOf('1101'),
    end: text.indexOf('1101') + 4,
  },
  {
    type: 'email',
    value: 'ana@example.com',
    start: text.indexOf('ana@'),
    end: text.indexOf('ana@') + 15,
  },
];

function reading(requests: [Intent, number][], ents: Entity[] = []): Understanding {
  const [first] = requests;
  return {
    lang: 'en',
    langConfidence: 1,
    intent: first![0],
    confidence: first![1],
    alternatives: [],
    entities: ents,
    sentiment: { label: 'neutral', score: 0 },
    requests: requests.map(([intent, confidence]) => ({
      intent,
      confidence,
      span: { start: 0, end: 1 },
    })),
  };
}

/** An NLU that reads the whole text one way and the text with its ids masked another. */
function nluWith(whole: Understanding, masked: Understanding): NluPort {
  return { clarifyThreshold: 0.5, understand: (t) => (t === text ? whole : masked) };
}

describe('understandRequest (ids masked)', () => {
  it('keeps the whole reading when masking splits the message and one masked clause agrees with it', () => {
    const nlu = nluWith(
      reading([['change_details', 0.63]], entities),
      reading([
        ['wrong_item', 0.72],
        ['change_details', 1],
      ]),
    );
    const u = understandRequest(nlu, text, {});
    expect(u.intent).toBe('change_details');
    expect(u.requests?.map((r) => r.intent)).toEqual(['change_details']);
    expect(u.entities).toHaveLength(3);
  });

  it('still takes a surer masked reading that is one request', () => {
    const nlu = nluWith(
      reading([['wrong_item', 0.55]], entities),
      reading([['change_details', 0.9]]),
    );
    expect(understandRequest(nlu, text, {}).intent).toBe('change_details');
  });

  it('does not read the masked text when the whole text is read with certainty', () => {
    const whole = reading([['change_details', 1]], entities);
    const read: string[] = [];
    const nlu: NluPort = {
      clarifyThreshold: 0.5,
      understand: (t) => {
        read.push(t);
        return t === text ? whole : reading([['wrong_item', 1]]);
      },
    };
    expect(understandRequest(nlu, text, {})).toBe(whole);
    expect(read).toEqual([text]);
  });
});
