import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../domain/index.js';
import { heldOutDir, loadCorpus } from '../corpus-files.js';
import { flattenCorpus } from '../corpus.js';
import { anyRuleMatches, someRuleMatches } from './relative-dates.js';

/** A small deterministic generator (the same texts on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const words =
  `the day before after yesterday tomorrow today 2 3 12 two a an few couple of days day weeks week months month years year ago in next last this
  monday friday sunday hace dentro de dos días semanas meses años ayer hoy mañana pasado anteayer que viene próximo próxima lunes viernes la el
  il y a dans jours semaines mois ans hier demain aujourd'hui avant-hier après-demain dernier dernière prochain prochaine lundi vendredi
  vor tagen wochen monaten jahren gestern heute morgen vorgestern übermorgen letzte letzten nächste nächsten kommenden montag freitag
  fa tra fra giorni settimane mesi anni ieri oggi domani dopodomani scorso scorsa prossimo prossima lunedì venerdì
  há faz daqui atrás dias meses anos ontem hoje amanhã depois anteontem passada passado que vem segunda sexta , . ! ? -`.split(
    /\s+/,
  );

describe('the combined relative-date pattern', () => {
  const texts = [
    ...flattenCorpus(loadCorpus()).map((u) => u.text),
    ...flattenCorpus(loadCorpus(heldOutDir() ?? undefined)).map((u) => u.text),
  ];
  const next = random(11);
  for (let i = 0; i < 20_000; i++) {
    const n = 1 + Math.floor(next() * 6);
    const parts: string[] = [];
    for (let j = 0; j < n; j++) {
      const w = words[Math.floor(next() * words.length)] as string;
      parts.push(next() < 0.2 ? w.toUpperCase() : w);
    }
    texts.push(parts.join(next() < 0.85 ? ' ' : ''));
  }

  it('matches a text exactly when one of the rules does, in every language', () => {
    let matched = 0;
    for (const lang of languages as readonly Language[]) {
      for (const text of texts) {
        const some = someRuleMatches(text, lang);
        if (some) matched++;
        expect(anyRuleMatches(text, lang), `${lang}: ${text}`).toBe(some);
      }
    }
    // The texts do exercise the rules.
    expect(matched).toBeGreaterThan(5000);
  });
});
