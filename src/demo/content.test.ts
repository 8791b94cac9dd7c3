import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { createKnowledge, splitSections } from '../knowledge/index.js';
import { loadDemoContent } from './index.js';

const docs = loadDemoContent();
const knowledge = createKnowledge(docs);
const translated: Language[] = ['es', 'fr', 'de', 'it', 'pt'];
const topics = ['about', 'faq', 'returns', 'shipping'];

describe('demo shop documents in every language (R13, R14)', () => {
  it('has each document in English and in the five other languages', () => {
    const names = docs.map((d) => d.name);
    for (const t of topics) {
      expect(names).toContain(t);
      for (const l of translated) expect(names, `${t}.${l}`).toContain(`${t}.${l}`);
    }
  });

  // Same sections in the same order as the English original, so every question has its answer in every language.
  it.each(translated.flatMap((l) => topics.map((t) => [t, l] as const)))(
    '%s.%s has the sections of the English document',
    (t, l) => {
      const en = docs.find((d) => d.name === t);
      const tr = docs.find((d) => d.name === `${t}.${l}`);
      if (!en || !tr) throw new Error(`missing ${t} or ${t}.${l}`);
      const enSections = splitSections(en);
      const trSections = splitSections(tr);
      expect(trSections.every((s) => s.lang === l)).toBe(true);
      expect(trSections.length).toBe(enSections.length);
      // Bold key facts stay bold: the same numbers appear in the translated section.
      enSections.forEach((s, i) => {
        const digits = (x: string): string[] =>
          [...new Set(x.replace(/(\d),(\d{3})\b/g, '$1$2').match(/\d+/g) ?? [])]
            .filter((d) => (d.length <= 2 && d !== '00') || /^(100|145|260|420|925|300)$/.test(d))
            .sort();
        const target = trSections[i]?.body ?? '';
        for (const d of digits(s.body))
          expect(target, `${t}.${l} section ${i + 1} (${s.title}) lacks ${d}`).toMatch(
            new RegExp(`(^|\\D)${d}(\\D|$)`),
          );
      });
    },
  );
});

const questions: Record<Exclude<Language, 'en'>, [string, string][]> = {
  es: [
    [
      '¿el esmalte es apto para alimentos?',
      '¿Qué arcilla y esmaltes usa Claywork? ¿Son aptos para alimentos?',
    ],
    ['¿Cuánto cuesta el envío a España?', '¿Cuánto cuesta el envío?'],
    ['¿cuánto tardáis en hacer un retrato?', '¿Cuánto tardáis en hacer mi pedido?'],
    ['¿Cómo sé qué talla de anillo tengo?', '¿Cómo sé mi talla de anillo?'],
    ['¿Puedo devolver un collar personalizado?', '¿Puedo devolver un artículo personalizado?'],
    ['¿Qué horario tenéis?', 'Horario de atención'],
    ['¿Cómo limpio mi collar de plata?', '¿Cómo cuido mis joyas?'],
    ['Mi taza llegó rota', 'Mi pedido ha llegado roto o equivocado. ¿Qué hago?'],
  ],
  fr: [
    [
      'L’émail de vos tasses est-il alimentaire ?',
      'Quelle argile et quels émaux utilise Claywork ? Sont-ils alimentaires ?',
    ],
    ['Combien coûtent les frais de port pour la France ?', 'Combien coûte la livraison ?'],
    [
      'Combien de temps pour fabriquer un portrait ?',
      'Combien de temps faut-il pour fabriquer ma commande ?',
    ],
    ['Comment nettoyer mon collier en argent ?', 'Comment entretenir mes bijoux ?'],
    [
      'Ma tasse est arrivée cassée, que faire ?',
      'Ma commande est arrivée cassée, abîmée ou ce n’est pas la bonne. Que faire ?',
    ],
    ['Quels sont vos horaires d’ouverture ?', 'Horaires d’ouverture'],
    ['Quelle taille de bague choisir ?', 'Comment connaître ma taille de bague ?'],
    ['Quelle est la taille des portraits ?', 'Quels formats de portrait proposez-vous ?'],
  ],
  de: [
    [
      'Wie lange dauert eine Sonderanfertigung?',
      'Wie lange dauert die Anfertigung meiner Bestellung?',
    ],
    [
      'Ist die Glasur lebensmittelecht?',
      'Welchen Ton und welche Glasuren verwendet Claywork? Sind sie lebensmittelecht?',
    ],
    ['Darf die Tasse in die Spülmaschine?', 'Wie pflege ich meine Keramik?'],
    ['Wie hoch sind die Versandkosten nach Deutschland?', 'Was kostet der Versand?'],
    ['Welche Ringgröße brauche ich?', 'Wie finde ich meine Ringgröße?'],
    ['Welche Ringgrösse brauche ich?', 'Wie finde ich meine Ringgröße?'],
    ['Wie reinige ich meine Silberkette?', 'Wie pflege und reinige ich meinen Schmuck?'],
    [
      'Meine Tasse ist kaputt angekommen, was jetzt?',
      'Meine Bestellung ist beschädigt, kaputt oder falsch angekommen. Was nun?',
    ],
    ['Was kostet ein großes Porträt?', 'Welche Größen gibt es für Porträts, und was kosten sie?'],
    ['Wann ist der Kundenservice erreichbar?', 'Öffnungszeiten'],
  ],
  it: [
    [
      'Lo smalto è adatto agli alimenti?',
      'Che argilla e che smalti usa Claywork? Sono adatti agli alimenti?',
    ],
    ['Quanto costa un ritratto grande?', 'Quanto costa un ritratto? Formati e prezzi'],
    ['Quanto tempo ci vuole per un ritratto?', 'Quanto ci vuole per realizzare il mio ordine?'],
    ['Quanto costa la spedizione in Italia?', 'Quanto costa la spedizione?'],
    ['Che misura di anello devo prendere?', 'Come trovo la misura del mio anello?'],
    ['Come pulisco la mia collana d’argento?', 'Come mi prendo cura dei gioielli?'],
    ['Posso fare il reso?', 'Posso fare il reso del mio ordine?'],
    [
      'La tazza è arrivata rotta',
      'Il mio ordine è arrivato rotto, danneggiato o sbagliato. Cosa faccio?',
    ],
    ['Quali sono i vostri orari?', 'Orari di apertura'],
  ],
  pt: [
    [
      'O esmalte é seguro para alimentos?',
      'Que barro e que vidrados usa a Claywork? São próprios para alimentos?',
    ],
    ['Quanto custam os portes para Portugal?', 'Quanto custa o envio?'],
    ['Quanto tempo demora um retrato?', 'Quanto tempo demora a fazer a minha encomenda?'],
    ['Que tamanho de anel devo escolher?', 'Como sei o tamanho do meu anel?'],
    ['Como limpo o meu colar de prata?', 'Como cuido das minhas joias?'],
    [
      'A minha caneca chegou partida, o que faço?',
      'A minha encomenda chegou partida, danificada ou errada. E agora?',
    ],
    ['Qual é o vosso horário?', 'Horário de atendimento'],
    ['Quanto custa um retrato grande?', 'Quanto custa um retrato? Tamanhos e preços'],
  ],
};

describe('questions in each language find their section in that language', () => {
  const cases = Object.entries(questions).flatMap(([l, qs]) =>
    qs.map(([q, s]) => [l as Language, q, s] as const),
  );
  it.each(cases)('%s: %s', (lang, q, section) => {
    const hit = knowledge.answer(q, lang);
    expect(hit?.section).toBe(section);
    expect(hit?.doc.endsWith(`.${lang}`)).toBe(true);
  });
});

describe('questions the documents do not answer get no section, in every language', () => {
  it.each([
    ['es', '¿Vendéis bicicletas eléctricas?'],
    ['es', '¿Tenéis tienda física en Madrid?'],
    ['fr', 'Est-ce que vous vendez des vélos électriques ?'],
    ['fr', 'Acceptez-vous les cryptomonnaies ?'],
    ['de', 'Verkaufen Sie auch Fahrradhelme?'],
    ['de', 'Akzeptieren Sie Kryptowährungen?'],
    ['it', 'Vendete biciclette elettriche?'],
    ['it', 'Accettate criptovalute?'],
    ['pt', 'Vendem bicicletas elétricas?'],
    ['pt', 'Aceitam criptomoedas?'],
  ] as const)('%s: %s', (lang, q) => {
    expect(knowledge.answer(q, lang)).toBeNull();
  });
});

// Shop questions the way customers write them: a country for "where do you ship", tarnishing for
// care, allergies for sensitive skin, engraving for what can be personalised, a gift for wrapping.
describe('customers’ own words find the section that answers them', () => {
  it.each([
    ['en', 'do you ship to australia and how long does it take?', 'How much does shipping cost?'],
    ['en', 'how do i stop it tarnishing', 'How do I care for my jewellery?'],
    ['en', 'do u ship to belgium', 'Where do you ship?'],
    ['en', 'are your earrings hypoallergenic?', 'Is the jewellery safe for sensitive skin?'],
    ['en', 'can you gift wrap it, its a present for my mum', 'Do you offer gift wrapping?'],
    ['en', 'whats your returns policy', 'Can I return my order?'],
    ['en', 'how many letters can i put on the pendant', 'What can I personalise?'],
    ['en', 'how much is postage to canada', 'How much does shipping cost?'],
    ['es', '¿hacen grabados en anillos?', '¿Qué puedo personalizar?'],
    ['es', 'envian a belgica?', '¿A qué países hacéis envíos?'],
    ['es', 'como cuido un anillo de plata', '¿Cómo cuido mis joyas?'],
    ['es', 'como evito que la plata se ponga negra', '¿Cómo cuido mis joyas?'],
    ['es', 'los pendientes son hipoalergenicos?', '¿Las joyas sirven para pieles sensibles?'],
    ['es', 'cuanto tarda en llegar a españa', '¿Cuánto cuesta el envío?'],
    ['fr', 'vous livrez en Belgique ?', 'Dans quels pays livrez-vous ?'],
    ['fr', 'comment entretenir une bague en argent', 'Comment entretenir mes bijoux ?'],
    ['fr', 'mon collier noircit, comment eviter ca ?', 'Comment entretenir mes bijoux ?'],
    ['fr', 'je peux renvoyer un collier grave ?', 'Puis-je retourner un article personnalisé ?'],
    [
      'fr',
      'c’est pour offrir, vous faites un paquet cadeau ?',
      'Proposez-vous un emballage cadeau ?',
    ],
    ['de', 'zwei Fragen: liefert ihr in die Schweiz?', 'Wohin liefern Sie?'],
    ['de', 'versendet ihr auch nach belgien', 'Wohin liefern Sie?'],
    ['de', 'wie pflege ich einen silberring', 'Wie pflege und reinige ich meinen Schmuck?'],
    [
      'de',
      'ich habe eine nickelallergie, geht das?',
      'Ist der Schmuck für empfindliche Haut geeignet?',
    ],
    ['de', 'graviert ihr auch ringe?', 'Was kann ich personalisieren?'],
    ['de', 'welche kettenlänge soll ich nehmen', 'Wie lang sind die Halsketten?'],
    ['de', 'wann bekomme ich mein geld zurück', 'Wie lange dauert eine Erstattung?'],
    ['it', 'spedite in belgio?', 'In quali paesi spedite?'],
    ['it', 'come pulisco un anello d’argento', 'Come mi prendo cura dei gioielli?'],
    ['it', 'gli orecchini sono anallergici?', 'I gioielli vanno bene per la pelle sensibile?'],
    ['it', 'posso restituire una collana incisa?', 'Posso restituire un articolo personalizzato?'],
    ['it', 'devo pagare la dogana in svizzera?', 'Dovrò pagare la dogana o dazi d’importazione?'],
    ['pt', 'enviam para a belgica?', 'Para que países enviam?'],
    ['pt', 'a prata fica escura, como evito?', 'Como cuido das minhas joias?'],
    ['pt', 'fazem gravacao em aneis?', 'O que posso personalizar?'],
    ['pt', 'posso devolver um colar gravado?', 'Posso devolver um artigo personalizado?'],
    ['pt', 'e para oferecer, fazem embrulho?', 'Fazem embrulho para oferta?'],
  ] as const)('%s: %s', (lang, q, section) => {
    expect(knowledge.answer(q, lang)?.section).toBe(section);
  });

  it.each([
    ['en', 'do you have a shop in london i can visit'],
    ['es', 'tienen tienda fisica en madrid?'],
    ['de', 'kann ich mit bitcoin zahlen?'],
    ['de', 'habt ihr einen laden in berlin?'],
    ['it', 'accettate satispay?'],
    ['pt', 'tem loja fisica em lisboa?'],
  ] as const)('%s: %s is not answered from the documents', (lang, q) => {
    expect(knowledge.answer(q, lang)).toBeNull();
  });
});
