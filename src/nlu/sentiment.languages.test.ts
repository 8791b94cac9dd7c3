import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { analyseSentiment } from './sentiment.js';

// Per language: plain anger (no sarcasm) must read negative; polite requests, neutral questions
// and negated problems ("no problem", "not bad") must not.
const angry: [Language, string][] = [
  ['en', "this is ridiculous, third time I'm writing"],
  ['en', 'nobody answers my emails, I am fed up'],
  ['en', 'absolutely unacceptable, I want my money back now'],
  ['en', 'worst shop ever. never again'],
  ['en', 'I am so angry, the necklace is ruined'],
  ['en', 'you ignored me for two weeks, this is a joke'],
  ['en', 'this is a scam'],
  ['en', 'I am really disappointed and frustrated'],
  ['es', 'estoy harta, nadie me contesta'],
  ['es', 'es una vergüenza, tercera vez que escribo'],
  ['es', 'qué desastre de servicio'],
  ['es', 'estoy muy enfadado, llegó roto'],
  ['es', 'esto es una estafa'],
  ['es', 'nadie responde, es inaceptable'],
  ['es', 'me tienen harto con tanto retraso'],
  ['es', 'pésimo, no vuelvo a comprar'],
  ['fr', "c'est inadmissible"],
  ['fr', "j'en ai marre, personne ne répond"],
  ['fr', 'service nul, je suis furieuse'],
  ['fr', "c'est une honte, troisième fois que j'écris"],
  ['fr', "c'est scandaleux"],
  ['fr', 'très déçue, le colis est arrivé cassé'],
  ['fr', 'arnaque totale'],
  ['fr', 'ras le bol de attendre'],
  ['de', 'das ist eine Frechheit'],
  ['de', 'ich bin stinksauer, niemand antwortet'],
  ['de', 'absolut inakzeptabel'],
  ['de', 'total enttäuscht, schon das dritte Mal'],
  ['de', 'was für eine Abzocke'],
  ['de', 'unverschämt, seit Wochen warte ich'],
  ['de', 'ich habe die Nase voll'],
  ['de', 'der schlechteste Service überhaupt'],
  ['it', 'è una vergogna'],
  ['it', 'sono stufa, nessuno risponde'],
  ['it', 'servizio pessimo, sono delusa'],
  ['it', 'è assurdo, terza volta che scrivo'],
  ['it', 'una truffa, voglio i miei soldi'],
  ['it', 'sono furiosa, è arrivato rotto'],
  ['it', 'inaccettabile'],
  ['it', 'che schifo di servizio'],
  ['pt', 'que absurdo, ninguém responde'],
  ['pt', 'é uma vergonha'],
  ['pt', 'estou farta de esperar'],
  ['pt', 'péssimo atendimento, terceira vez que escrevo'],
  ['pt', 'isso é um golpe'],
  ['pt', 'estou muito irritada, chegou quebrado'],
  ['pt', 'inaceitável'],
  ['pt', 'que palhaçada'],
];

const notNegative: [Language, string][] = [
  ['en', "I'd like to double check the status of my refund"],
  ['en', 'no problem, take your time'],
  ['en', 'not bad at all'],
  ['en', 'nothing wrong with it, just asking about sizes'],
  ['en', 'could you please let me know when it ships?'],
  ['en', 'is there a problem with my order?'],
  ['en', 'hi, can I get a refund for order 1042?'],
  ['en', 'no worries!'],
  ['es', 'quería consultar el estado de mi reembolso'],
  ['es', 'no pasa nada, gracias'],
  ['es', 'sin problema'],
  ['es', '¿me podrían decir cuándo llega?'],
  ['es', 'no está mal'],
  ['es', '¿hay algún problema con mi pedido?'],
  ['es', 'quisiera pedir un reembolso por favor'],
  ['es', 'ningún problema, espero'],
  ['fr', 'je voudrais vérifier où en est mon remboursement'],
  ['fr', 'pas de problème'],
  ['fr', 'pas mal du tout'],
  ['fr', 'pourriez-vous me dire quand il sera expédié ?'],
  ['fr', 'y a-t-il un problème avec ma commande ?'],
  ['fr', 'aucun souci'],
  ['fr', "rien de grave, c'était juste une question"],
  ['fr', 'je souhaiterais un remboursement svp'],
  ['de', 'ich wollte nach dem Stand meiner Rückerstattung fragen'],
  ['de', 'kein Problem'],
  ['de', 'nicht schlecht'],
  ['de', 'könnten Sie mir sagen, wann es verschickt wird?'],
  ['de', 'gibt es ein Problem mit meiner Bestellung?'],
  ['de', 'alles gut, keine Sorge'],
  ['de', 'ich hätte gerne eine Rückerstattung'],
  ['de', 'nichts Schlimmes, nur eine Frage'],
  ['it', 'vorrei controllare lo stato del mio rimborso'],
  ['it', 'nessun problema'],
  ['it', 'non male'],
  ['it', 'potreste dirmi quando viene spedito?'],
  ['it', "c'è un problema con il mio ordine?"],
  ['it', 'tranquilli, nessuna fretta'],
  ['it', 'vorrei un rimborso per favore'],
  ['it', 'niente di grave'],
  ['pt', 'queria verificar o estado do meu reembolso'],
  ['pt', 'sem problema'],
  ['pt', 'nada mal'],
  ['pt', 'podem me dizer quando vai ser enviado?'],
  ['pt', 'há algum problema com a minha encomenda?'],
  ['pt', 'tranquilo, sem pressa'],
  ['pt', 'gostaria de pedir um reembolso'],
  ['pt', 'não tem problema'],
];

describe('sentiment in six languages', () => {
  it.each(angry)('%s: %j is negative', (lang, text) => {
    expect(analyseSentiment(text, lang).label).toBe('negative');
  });

  it.each(notNegative)('%s: %j is not negative', (lang, text) => {
    expect(analyseSentiment(text, lang).label).not.toBe('negative');
  });

  it('reads the negated problems as friendly rather than neutral', () => {
    for (const [text, lang] of [
      ['no problem at all!', 'en'],
      ['pas de souci, merci', 'fr'],
      ['kein Problem, danke', 'de'],
    ] as const) {
      expect(analyseSentiment(text, lang).score).toBeGreaterThan(0);
    }
  });
});
