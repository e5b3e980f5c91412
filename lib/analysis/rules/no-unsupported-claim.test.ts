import { testRule } from '../testing';
import rule from './no-unsupported-claim';

testRule(rule, {
  valid: [
    // Odd input never throws.
    '',
    '\ud800\u200b 🎉',
    'مرحبا بالعالم',
    // A source is named: a link, an institution, a year, an author.
    'Studies show four-day weeks cut burnout: the 2022 UK pilot by Autonomy with 61 companies found 71% of staff less burnt out.',
    'Research shows that sleep affects code review quality (Fucci et al., 2018).',
    'Studies show walking meetings help creative work: https://example.org/stanford-walking-study',
    { text: 'Gli studi dimostrano che il multitasking riduce la produttività: lo riporta l’American Psychological Association, secondo Meyer e Kieras.', language: 'it' },
    { text: 'Secondo l’Istat il 48% delle PMI italiane non ha un sito web aggiornato: la ricerca dimostra che c’è spazio.', language: 'it' },
    // Ordinary always and never.
    'I always take notes by hand, and I have never regretted it.',
    'Never send a proposal on a Friday afternoon.',
    { text: 'Non ho mai visto un onboarding funzionare senza un buddy. Io chiedo sempre un feedback dopo la prima settimana.', language: 'it' },
    // Asked or quoted, not claimed.
    'Do studies show that open offices hurt focus, or is that just my experience?',
    'Please stop writing "studies show" without a link.',
  ],
  invalid: [
    {
      text: 'Studies show remote workers are lazy. Time to go back to the office.',
      findings: [{ messageId: 'vagueAuthority', data: { phrase: 'Studies show' }, match: 'Studies show' }],
    },
    {
      text: "Everyone knows cold calling is dead. It's a fact that buyers hate phone calls.",
      findings: [
        { messageId: 'vagueAuthority', match: 'Everyone knows' },
        { messageId: 'vagueAuthority', match: "It's a fact that" },
      ],
    },
    {
      text: 'Our onboarding method never fails: 100% guaranteed results in 30 days.',
      findings: [
        { messageId: 'absolutePromise', match: 'never fails' },
        { messageId: 'absolutePromise', match: '100% guaranteed' },
      ],
    },
    {
      text: 'È scientificamente provato che chi si alza alle 5 guadagna di più.',
      language: 'it',
      findings: [{ messageId: 'vagueAuthority', match: 'È scientificamente provato' }],
    },
    {
      text: 'Questo metodo funziona sempre: risultati garantiti al 100% in trenta giorni!',
      language: 'it',
      findings: [
        { messageId: 'absolutePromise', data: { phrase: 'funziona sempre' } },
        { messageId: 'absolutePromise', match: 'risultati garantiti al 100%' },
      ],
    },
    {
      text: 'Tutti sanno che il lunedì è il giorno peggiore per pubblicare.',
      language: 'it',
      findings: [{ messageId: 'vagueAuthority', match: 'Tutti sanno che' }],
    },
  ],
});
