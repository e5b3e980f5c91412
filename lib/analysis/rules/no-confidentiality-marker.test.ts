import { testRule } from '../testing';
import rule from './no-confidentiality-marker';

testRule(rule, {
  valid: [
    'Why NDAs matter for freelancers: three clauses to read before you sign.',
    'How we handle confidential data at Acme, step by step.',
    "I can't say more about the client, I'm under NDA.",
    'What does "internal use only" mean on a slide?',
    "Create a strong password and don't share it with anyone.",
    { text: 'La riservatezza dei dati dei clienti è una priorità.', language: 'it' },
    { text: "Cosa significa 'uso interno' in un contratto?", language: 'it' },
    { text: "L'evento è riservato agli iscritti: posti strettamente riservati ai soci.", language: 'it' },
    { text: 'Non condividere la password con nessuno.', language: 'it' },
  ],
  invalid: [
    {
      text: 'Internal only: the draft pricing for next year.',
      findings: [{ messageId: 'marker', data: { phrase: 'Internal only' }, match: 'Internal only' }],
    },
    {
      text: 'Keep it between us, but the new client is a big bank.',
      findings: [{ messageId: 'marker', data: { phrase: 'Keep it between us' } }],
    },
    {
      text: 'A first look at the redesign (under NDA, shh).',
      findings: [{ messageId: 'marker', match: 'under NDA' }],
    },
    {
      text: "STRICTLY CONFIDENTIAL – please don't share this outside the team.",
      findings: [
        { messageId: 'marker', match: 'STRICTLY CONFIDENTIAL' },
        { messageId: 'marker', match: "please don't share this" },
      ],
    },
    {
      text: 'Che resti tra noi, ma il nuovo cliente è una grande banca.',
      language: 'it',
      findings: [{ messageId: 'marker', data: { phrase: 'Che resti tra noi' } }],
    },
    {
      text: 'Documento strettamente riservato: non divulgare questo piano.',
      language: 'it',
      findings: [
        { messageId: 'marker', match: 'strettamente riservato' },
        { messageId: 'marker', match: 'non divulgare questo' },
      ],
    },
    {
      text: 'Solo per uso interno: le nuove tariffe.',
      language: 'it',
      findings: [{ messageId: 'marker', match: 'Solo per uso interno' }],
    },
  ],
});
