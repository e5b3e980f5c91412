import { testRule } from '../testing';
import rule from './no-insult';

testRule(rule, {
  valid: [
    'I was an idiot to skip backups last year. Here is the checklist I use now.',
    'I felt like a complete moron in my first standup, and that is normal.',
    'Our customers taught us more than any consultant: three lessons from the support queue.',
    "If you're clueless about taxes, this thread is for you.",
    'Idiot-proof onboarding is a myth; clear onboarding is not.',
    "I hate meetings without an agenda, and people who talk over others.",
    "I'm going to kill it at the conference tomorrow.",
    "I'll shoot you an email with the agenda.",
    'This feature should be killed before it ships.',
    'Let me tell you a joke about consultants.',
    { text: 'Sono stato un cretino a non salvare il file: ora uso il salvataggio automatico.', language: 'it' },
    { text: 'Che idiota sono stato a non leggere il contratto.', language: 'it' },
    { text: 'Se ti senti incompetente davanti al fisco, questa guida è per te.', language: 'it' },
    { text: 'I nostri clienti ci insegnano ogni giorno qualcosa: ecco cosa abbiamo cambiato.', language: 'it' },
    { text: 'Odio la gente che parla al cinema, ma oggi vi parlo di budget.', language: 'it' },
    { text: 'Nessun immigrato dovrebbe essere condannato a morte.', language: 'it' },
    { text: 'Non farei mai del male a nessuno.', language: 'it' },
    { text: 'Una crepa nel muro e sei mesi di lavori: ecco il conto.', language: 'it' },
  ],
  invalid: [
    {
      text: 'You idiot, the deadline was on Friday.',
      findings: [{ messageId: 'insult', data: { phrase: 'You idiot' }, match: 'You idiot' }],
    },
    { text: 'What a moron that guy from procurement is.', findings: [{ messageId: 'insult', match: 'What a moron' }] },
    { text: "Honestly, you're just pathetic.", findings: [{ messageId: 'insult', match: "you're just pathetic" }] },
    { text: 'Some imbecile in accounting deleted the backups.', findings: [{ messageId: 'insult', match: 'imbecile' }] },
    {
      text: 'Honestly, our customers are too dumb to read a two-line email.',
      findings: [{ messageId: 'mockery', data: { phrase: 'our customers are too dumb to' } }],
    },
    { text: 'Users who cannot read simple instructions, again.', findings: [{ messageId: 'mockery', match: 'Users who cannot read' }] },
    { text: 'I hate recruiters.', findings: [{ messageId: 'mockery', match: 'I hate recruiters' }] },
    { text: "I'm going to kill you if the build breaks again.", findings: [{ messageId: 'threat', data: {}, match: "I'm going to kill you" }] },
    { text: 'Kill all cops, what next?', findings: [{ messageId: 'threat', match: 'Kill all cops' }] },
    { text: 'sei un idiota', language: 'it', findings: [{ messageId: 'insult', match: 'sei un idiota' }] },
    { text: 'Siete tutti degli incompetenti.', language: 'it', findings: [{ messageId: 'insult', match: 'Siete tutti degli incompetenti' }] },
    {
      text: 'Che branco di incompetenti, il reparto acquisti.',
      language: 'it',
      findings: [{ messageId: 'mockery', match: 'branco di incompetenti' }],
    },
    {
      text: 'Clienti che non capiscono niente: ecco la mia giornata.',
      language: 'it',
      findings: [{ messageId: 'mockery', match: 'Clienti che non capiscono niente' }],
    },
    { text: 'Odio i camerieri.', language: 'it', findings: [{ messageId: 'mockery', match: 'Odio i camerieri' }] },
    { text: 'Quel cretino del fornitore ha sbagliato di nuovo.', language: 'it', findings: [{ messageId: 'insult', match: 'cretino' }] },
    { text: 'Solo tu puoi essere così ignorante.', language: 'it', findings: [{ messageId: 'insult', match: 'Solo tu puoi essere così ignorante' }] },
    { text: 'Domani pugnalerò un immigrato.', language: 'it', findings: [{ messageId: 'threat', match: 'pugnalerò' }] },
    {
      text: 'Qualcuno dovrebbe spezzare il collo a quei fornitori.',
      language: 'it',
      findings: [{ messageId: 'threat', match: 'Qualcuno dovrebbe spezzare' }],
    },
  ],
});
