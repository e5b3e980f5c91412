import { testRule } from '../testing';
import rule from './require-takeaway';

testRule(rule, {
  valid: [
    // Odd input never throws.
    '',
    '\ud800\u200b 🎉',
    'مرحبا بالعالم',
    // Too short to judge: replies and quick reactions.
    'Congrats Marta, well deserved! 🎉',
    { text: 'Complimenti a tutto il team, bel lavoro!', language: 'it' },
    // A tip, a lesson, data, a list, a link, an instruction, a question.
    'Pro tip for new managers: write down every decision you make in your first month, with the reason, and reread it after ninety days.',
    'Biggest lesson from our first year selling to hospitals: procurement decides, not the doctor who loves your demo.',
    'We moved our standup to the afternoon and attendance went from 60% to 95% within two sprints, without a single reminder.',
    'Three things I check before every release:\n- the changelog is readable\n- the rollback works\n- support knows what changed',
    'I wrote up everything we learned migrating 40 services off Heroku, including the mistakes: https://example.com/heroku-exit',
    'Block the first ninety minutes of your day for the one task that matters, before you open email or chat.',
    'I have been interviewing designers for a month now and keep seeing the same portfolio pattern. How do you review portfolios in your team?',
    { text: 'Ecco come abbiamo dimezzato i tempi di onboarding: un buddy per ogni nuovo assunto e una checklist condivisa dal primo giorno.', language: 'it' },
    { text: 'Ho imparato che un preventivo chiaro vale più di uno sconto: i clienti vogliono sapere cosa pagano, non quanto risparmiano.', language: 'it' },
    { text: 'Provate a chiudere ogni riunione con una sola domanda: chi fa cosa entro quando? Le email di follow-up spariscono.', language: 'it' },
    { text: 'Dopo sei mesi di lavoro da remoto con il team di Torino sto cercando buone pratiche per le retrospettive. Voi come le organizzate?', language: 'it' },
    // A reply is already a conversation.
    '@marta_rossi I was at the same session and the part about pricing pages stayed with me all week too, great talk',
    // Plain prose with no celebration or thanks is left alone by default: it may be an insight we cannot read.
    'Teams that demo every Friday ship more, not because demos are magic but because a deadline you can see beats one in a spreadsheet.',
    // Hashtags and links do not count as words.
    '#monday #motivation #coffee #team #growth #hustle #mindset #goals #success #work #life #love',
  ],
  invalid: [
    {
      text: 'Another great day at the office with the best team in the world. Grateful for every single one of you. Onwards and upwards! 🚀 #teamwork',
      findings: [{ messageId: 'noTakeaway', data: { words: 23 }, match: 'Another great day at the office with the best team in the world.' }],
    },
    {
      text: 'Excited to start my new role at Acme as Senior Product Manager! Looking forward to this new chapter.',
      findings: [{ messageId: 'noTakeaway', match: 'Excited to start my new role at Acme as Senior Product Manager! Looking forward to this new chapter.' }],
    },
    {
      text: 'Sono felicissima di iniziare il mio nuovo percorso in Acme come Product Manager. Non vedo l’ora di conoscere tutto il team e di mettermi al lavoro!',
      language: 'it',
      findings: [{ messageId: 'noTakeaway', data: { words: 26 } }],
    },
    {
      text: 'I went to the hardware store this morning and bought screws and a drill for the shed.',
      options: { onlyBroadcasts: false },
      findings: [{ messageId: 'noTakeaway', data: { words: 17 } }],
    },
    {
      text: 'Great week so far. Loving the energy.',
      options: { minWords: 6 },
      findings: [{ messageId: 'noTakeaway', data: { words: 7 } }],
    },
  ],
});
