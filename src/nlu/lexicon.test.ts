import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features.js';
import { lexiconClass } from './lexicon.js';

describe('lexiconClass', () => {
  it('groups synonyms and translations of a domain word into one class', () => {
    for (const word of [
      'invoice',
      'invoices',
      'receipt',
      'bill',
      'factura',
      'facture',
      'rechnung',
      'fattura',
      'fatura',
    ])
      expect(lexiconClass(word), word).toBe('invoice');
    for (const word of [
      'refund',
      'reimbursement',
      'compensation',
      'reembolso',
      'remboursement',
      'erstattung',
      'rimborso',
    ])
      expect(lexiconClass(word), word).toBe('refund');
  });

  it('knows proofs of purchase, credits, user names and advisers in the other languages', () => {
    const expected: Record<string, string> = {
      justificatif: 'invoice',
      kaufbeleg: 'invoice',
      scontrino: 'invoice',
      comprovante: 'invoice',
      estorno: 'refund',
      gutschrift: 'refund',
      abono: 'refund',
      reintegro: 'refund',
      benutzername: 'account',
      nutzername: 'account',
      usuario: 'account',
      utilisateur: 'account',
      identifiant: 'account',
      utente: 'account',
      utilizador: 'account',
      kennwort: 'account',
      conseiller: 'person',
      // "vous pouvez me conseiller un resto ?" asks for advice, not for a person
      conseillez: '',
      conseils: '',
    };
    for (const [word, cls] of Object.entries(expected)) expect(lexiconClass(word), word).toBe(cls);
  });

  it('knows job seekers, sellers and press, prices, empty boxes and a site that will not load', () => {
    const expected: Record<string, string> = {
      candidarmi: 'job',
      contratando: 'job',
      vagas: 'job',
      stellenangebot: 'job',
      supplier: 'business',
      fornecedores: 'business',
      lieferant: 'business',
      // a longer prefix wins: "Lieferung" is still shipping
      lieferung: 'ship',
      journalist: 'business',
      intervista: 'business',
      collaboration: 'business',
      price: 'price',
      combien: 'price',
      prezzo: 'price',
      kostet: 'price',
      empty: 'missing',
      vacia: 'missing',
      vuoto: 'missing',
      vazia: 'missing',
      loading: 'site',
      carica: 'site',
      carregando: 'site',
      crashes: 'site',
    };
    for (const [word, cls] of Object.entries(expected)) expect(lexiconClass(word), word).toBe(cls);
  });

  it('leaves ordinary words and near misses out', () => {
    for (const word of ['customer', 'the', 'mug', 'ta', 'dance', 'alpha'])
      expect(lexiconClass(word), word).toBe('');
    expect(lexiconClass('customer')).toBe('');
    expect(lexiconClass('dance')).toBe('');
    expect(lexiconClass('danke')).toBe('thanks');
  });

  it('adds the class as a feature, so an unseen synonym shares what its class learnt', () => {
    expect(extractFeatures('can I get my Rechnung')).toContain('L:invoice');
    expect(extractFeatures('where is my reimbursment')).toContain('L:refund');
    expect(extractFeatures('hello there')).not.toContain('L:invoice');
  });
});
