import { describe, expect, it } from 'vitest';
import { createKnowledge, splitSections } from './index.js';
import { loadDemoContent } from '../demo/index.js';

const faq = `# Frequently asked questions

## How long does production take?
Every piece is made by hand. Standard production time is 7–14 business days before shipping.

## Is the glaze food safe?
Yes. All our ceramic glazes are lead-free and food safe. Mugs are dishwasher safe on the top rack.

## Do you ship internationally?
We ship to the EU, the UK, the US and Canada. Shipping costs are shown at checkout.

## How do I care for my silver necklace?
Keep it dry and polish it with a soft cloth. Avoid perfume and chlorine.
`;
const faqEs = `# Preguntas frecuentes

## ¿El esmalte es apto para alimentos?
Sí. Todos nuestros esmaltes cerámicos son sin plomo y aptos para uso alimentario.
`;

describe('knowledge', () => {
  const k = createKnowledge([
    { name: 'faq.md', text: faq },
    { name: 'faq.es.md', text: faqEs },
  ]);

  it('splits Markdown into sections by heading', () => {
    const s = splitSections({ name: 'faq.md', text: faq });
    expect(s.map((x) => x.title)).toEqual([
      'How long does production take?',
      'Is the glaze food safe?',
      'Do you ship internationally?',
      'How do I care for my silver necklace?',
    ]);
  });

  it.each([
    ['is the glaze food safe?', 'Is the glaze food safe?'],
    ['can I put the mug in the dishwasher', 'Is the glaze food safe?'],
    ['do you ship to canada', 'Do you ship internationally?'],
    ['how should I clean my necklace', 'How do I care for my silver necklace?'],
    ['how long does production take', 'How long does production take?'],
  ])('answers %s', (q, section) => {
    expect(k.answer(q, 'en')?.section).toBe(section);
  });

  it('answers from the document in the customer’s language when there is one', () => {
    expect(k.answer('¿el esmalte es apto para alimentos?', 'es')?.section).toBe(
      '¿El esmalte es apto para alimentos?',
    );
  });

  it.each([
    'what is the meaning of life',
    'do you sell bicycles',
    'asdf qwer zxcv',
    '',
    '!!!',
    'the and of',
    'the thing from before',
    'the next day',
  ])('says nothing for %j', (q) => {
    expect(k.answer(q, 'en')).toBeNull();
  });

  it('reads the language from a name with or without .md, or from front matter', () => {
    const pick = (name: string, text = faqEs): string | undefined =>
      splitSections({ name, text })[0]?.lang;
    expect(pick('faq.es.md')).toBe('es');
    expect(pick('faq.es')).toBe('es');
    expect(pick('de/faq')).toBe('de');
    expect(pick('faq', `---\nlang: it\n---\n${faqEs}`)).toBe('it');
    expect(pick('faq')).toBe('en');
    expect(pick('desk')).toBe('en');
    expect(pick('faq.esp')).toBe('en');
  });

  it('treats ß like ss and skips question words such as "welche" (German)', () => {
    const de = createKnowledge([
      {
        name: 'faq.de.md',
        text: '# Häufige Fragen\n\n## Wie finde ich meine Ringgröße?\nMessen Sie den Umfang Ihres Fingers in Millimetern.\n\n## Was kostet der Versand?\nIn die EU 12,00.\n',
      },
    ]);
    expect(de.answer('Welche Ringgrösse brauche ich?', 'de')?.section).toBe(
      'Wie finde ich meine Ringgröße?',
    );
    expect(de.answer('Welche Ringgröße brauche ich?', 'de')?.section).toBe(
      'Wie finde ich meine Ringgröße?',
    );
  });

  it('finds the noun of a German compound such as "spülmaschinenfest"', () => {
    const de = createKnowledge([
      {
        name: 'faq.de.md',
        text: '# Fragen\n\n## Keramik\nTassen sind spülmaschinen- und mikrowellengeeignet.\n\n## Versand\nIn die EU 12,00.\n',
      },
    ]);
    expect(de.answer('Ist die Tasse spülmaschinenfest?', 'de')?.section).toBe('Keramik');
  });

  it('does not answer when the only match is a typo-tolerant one', () => {
    const pt = createKnowledge([
      {
        name: 'returns.pt.md',
        text: '# Devoluções\n\n## Posso devolver um artigo personalizado?\nNão o podemos aceitar de volta.\n',
      },
    ]);
    expect(pt.answer('Aceitam criptomoedas?', 'pt')).toBeNull();
    expect(pt.answer('Posso devolver um colar?', 'pt')?.section).toBe(
      'Posso devolver um artigo personalizado?',
    );
    expect(k.answer('how do I care for my necklase', 'en')?.section).toBe(
      'How do I care for my silver necklace?',
    );
  });

  it('works with no documents at all', () => {
    expect(createKnowledge([]).answer('is the glaze food safe', 'en')).toBeNull();
  });
});

describe('knowledge: the topic outweighs the question frame', () => {
  const k = createKnowledge(loadDemoContent());

  it.each([
    ['how long does shipping to Canada take', 'en', 'How much does shipping cost?'],
    ['how long does shipping take', 'en', 'How much does shipping cost?'],
    ['¿cuánto tarda el envío a Canadá?', 'es', '¿Cuánto cuesta el envío?'],
    ['combien de temps prend la livraison au Canada ?', 'fr', 'Combien coûte la livraison ?'],
    ['wie lange dauert der Versand nach Kanada?', 'de', 'Was kostet der Versand?'],
    ['quanto tempo demora o envio para o Canadá?', 'pt', 'Quanto custa o envio?'],
    // the frame still finds a heading that asks the same thing about the same topic
    ['how long does a refund take', 'en', 'How long does a refund take?'],
    ['¿cuánto tarda el reembolso?', 'es', '¿Cuánto tarda el reembolso?'],
    ['how long are the necklace chains', 'en', 'How long are the necklace chains?'],
  ] as const)('%s → %s', (q, lang, section) => {
    expect(k.answer(q, lang)?.section).toBe(section);
  });

  it('a known frame with an unknown topic is still an honest "I don’t know"', () => {
    expect(k.answer('how long does a unicorn ride take', 'en')).toBeNull();
  });

  it('says whether an answer was found by the topic or by the frame alone', () => {
    // "… and how long does it take?" after another question is about that question's answer.
    expect(k.answer('how long does it take?', 'en')?.byTopic).toBe(false);
    expect(k.answer('y lo mandan a Canada?', 'es')?.byTopic).toBe(true);
    expect(k.answer('how long does shipping to Canada take', 'en')?.byTopic).toBe(true);
  });
});

describe('related words a shop’s own documents can rely on', () => {
  const shop = createKnowledge([
    {
      name: 'shipping.md',
      text: '# Shipping\n\n## Where do you ship?\nWe ship to the European Union and Norway.\n\n## What does shipping cost?\nEurope 12.00, 6–10 business days.\n\n## How long does it take to make?\nEvery piece takes 5–10 business days to make.\n',
    },
    {
      name: 'faq.de.md',
      text: '# Fragen\n\n## Wie pflege ich meinen Schmuck?\nRinge vor dem Duschen ablegen, Silber im Beutel aufbewahren.\n\n## Wie lang sind die Halsketten?\nKetten gibt es in 40 und 45 cm.\n\n## Muss ich Zoll zahlen?\nIn der EU nicht.\n',
    },
  ]);

  it('reads a member state as the European Union and a sending verb as shipping', () => {
    expect(shop.answer('do u deliver to portugal?', 'en')?.section).toBe('Where do you ship?');
    expect(shop.answer('how long does it take to arrive in austria', 'en')?.section).toBe(
      'What does shipping cost?',
    );
  });

  it('reads a German compound as the words of the documents it joins', () => {
    expect(shop.answer('wie pflege ich einen silberring', 'de')?.section).toBe(
      'Wie pflege ich meinen Schmuck?',
    );
    expect(shop.answer('welche kettenlänge soll ich nehmen', 'de')?.section).toBe(
      'Wie lang sind die Halsketten?',
    );
  });

  it('lets paying carry no topic of its own', () => {
    expect(shop.answer('kann ich mit bitcoin zahlen?', 'de')).toBeNull();
    expect(shop.answer('muss ich zoll zahlen', 'de')?.section).toBe('Muss ich Zoll zahlen?');
  });
});

describe('knowledge: chatty English questions about the demo shop', () => {
  const k = createKnowledge(loadDemoContent());

  it.each([
    [
      'hi, my sterling pendant has started turning a bit black after a few weeks of wearing it every day, anything I can do?',
      'How do I care for my jewellery?',
    ],
    [
      'how should I look after a silver chain so it won’t go dark?',
      'How do I care for my jewellery?',
    ],
    [
      'roughly how long do you usually need to paint a portrait?',
      'How long does it take to make my order?',
    ],
    ['can I send it back for a refund?', 'Can I return my order?'],
  ])('answers %j', (q, section) => {
    expect(k.answer(q, 'en')?.section).toBe(section);
  });

  it('does not read a long job enquiry as a question about firing ("hiring" is not a typo of it)', () => {
    expect(
      k.answer(
        'Hello! I have been throwing pots for six years and would love to join Claywork. Are you hiring potters right now? Happy to send photos of my work.',
        'en',
      ),
    ).toBeNull();
  });
});
