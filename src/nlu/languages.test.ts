import { describe, expect, it } from 'vitest';
import type { Intent, Language } from '../domain/index.js';
import { createNlu } from './index.js';

const nlu = createNlu();

// Messages written the way customers of the five other languages write: long openings with a
// greeting, a name and a backstory, slang and missing accents, indirect phrasing, requests
// outside what the shop's assistant handles. They are not in the corpus.
const cases: [Language, string, Intent][] = [
  [
    'es',
    'Hola buenas tardes, soy Marta. Hice un pedido hace como 10 dias de una taza personalizada para el cumple de mi padre y queria saber como va, si ya la han enviado',
    'order_status',
  ],
  [
    'es',
    'el repartidor dice que vino pero yo estuve todo el dia en casa y no ha pasado nadie',
    'delivery_problem',
  ],
  [
    'es',
    'mi mujer dice que la pulsera que llego no es la que eligio ella, es otro modelo',
    'wrong_item',
  ],
  ['es', 'ya os devolvi la taza la semana pasada, cuando vere el dinero?', 'refund_status'],
  ['es', 'me ha llegado un cargo de 45 euros que no reconozco de vuestra tienda', 'payment_issue'],
  [
    'es',
    'hola, trabajo en una agencia de marketing y queria ofreceros nuestros servicios',
    'other',
  ],
  ['es', 'sabeis de alguna tienda que venda velas artesanales?', 'other'],
  [
    'fr',
    "Bonsoir, c'est Hugo. J'ai passé commande le 2 mai pour un mug avec la photo de mes enfants, je n'ai reçu aucun mail d'expédition. Elle est en route ? Et autre chose, vous livrez en Corse ?",
    'order_status',
  ],
  ['fr', 'slt, ma commande 1043 elle est partie ou pas?', 'order_status'],
  [
    'fr',
    "ma soeur me dit que le prenom est mal ecrit sur la commande, c'est Maelle avec un trema, vous pouvez corriger avant la gravure?",
    'change_details',
  ],
  [
    'fr',
    "ma mère dit que le bracelet qu'elle a reçu n'est pas celui qu'elle avait choisi",
    'wrong_item',
  ],
  ['fr', "j'y comprends rien, je peux avoir quelqu'un au téléphone ?", 'human_agent'],
  [
    'fr',
    'bonjour, je suis commercial dans une agence web et je voulais vous proposer nos services',
    'other',
  ],
  ['de', 'laut DHL zugestellt, aber hier ist nix angekommen', 'delivery_problem'],
  [
    'de',
    'hab die tasse letzte woche zurückgeschickt, wann seh ich die kohle wieder?',
    'refund_status',
  ],
  [
    'de',
    'meine Schwester meint, die Kette die ankam ist gar nicht die, die sie ausgesucht hat',
    'wrong_item',
  ],
  ['de', 'ich blick da nicht durch, kann mich jemand anrufen?', 'human_agent'],
  [
    'de',
    'Guten Tag, ich arbeite für eine Werbeagentur und möchte Ihnen unsere Dienstleistungen vorstellen',
    'other',
  ],
  [
    'it',
    'Salve, mi chiamo Luca. Il 2 maggio ho comprato una tazza con la foto dei miei figli e non ho mai ricevuto la mail di spedizione. È già in viaggio? E poi, spedite anche in Sardegna?',
    'order_status',
  ],
  ['it', 'posso cambiare il colore da rosso a verde? grz', 'change_details'],
  [
    'it',
    'mia madre dice che il braccialetto che le è arrivato non è quello che aveva scelto',
    'wrong_item',
  ],
  ['it', 'raga quando mi arriva la roba che ho preso martedì?', 'order_status'],
  [
    'it',
    "buongiorno, lavoro per un'agenzia di marketing e vorrei proporvi i nostri servizi",
    'other',
  ],
  [
    'pt',
    'Boa tarde, sou o Rui. No dia 2 de maio comprei uma caneca com a foto dos meus filhos e nunca recebi o email de envio. Já está a caminho? E outra coisa, enviam para os Açores?',
    'order_status',
  ],
  ['pt', 'posso trocar a cor de azul para verde? vlw', 'change_details'],
  ['pt', 'qdo chega o q eu comprei na terça??', 'order_status'],
  ['pt', 'nao to entendendo nada, alguem pode me ligar?', 'human_agent'],
  ['pt', 'olá, trabalho numa agência de marketing e queria oferecer os nossos serviços', 'other'],
];

describe('understanding messages as customers write them in es, fr, de, it and pt', () => {
  it.each(cases)('%s: %s → %s', (lang, text, intent) => {
    const u = nlu.understand(text);
    expect(u.intent).toBe(intent);
    expect(u.lang).toBe(lang);
  });

  it('answers an informal Portuguese shipping question with confidence', () => {
    const u = nlu.understand('ok vlw, e vcs enviam pro brasil?', { lang: 'pt' });
    expect(u.intent).toBe('shop_question');
    expect(u.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('answers both questions of a long opening, the order first', () => {
    const [, text] =
      cases.find(([l, t]) => l === 'pt' && t.startsWith('Boa tarde, sou o Rui')) ?? [];
    expect(nlu.understand(text ?? '').requests.map((r) => r.intent)).toEqual([
      'order_status',
      'shop_question',
    ]);
  });
});
