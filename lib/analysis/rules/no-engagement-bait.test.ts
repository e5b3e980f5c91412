import { testRule } from '../testing';
import rule from './no-engagement-bait';

testRule(rule, {
  valid: [
    // Saying yes is not a reply asked of the reader.
    "They'll say yes to everything in the meeting and deliver nothing.",
    // Odd input never throws.
    '',
    '\ud800\u200b 🎉',
    'مرحبا بالعالم',
    // Genuine questions and invitations to talk.
    'What would you add to this checklist?',
    'Let me know in the comments how your team runs retros.',
    { text: 'Voi come gestite le riunioni del lunedì? Scrivetelo nei commenti, sono curiosa.', language: 'it' },
    // Requests for help are exempt.
    'Our dog Luna has gone missing near Parco Sempione. Please share with 5 friends and tag anyone who lives nearby.',
    { text: 'Cerchiamo donatori di sangue 0 negativo per Giulia, ricoverata al Niguarda. Condividete con 10 amici e taggate chi può aiutare.', language: 'it' },
    // Look-alikes.
    'The price tag on enterprise plans is rarely the real cost.',
    'Type SQL queries in the console and press Enter to run them.',
    'Write "no" more often: your calendar will thank you.',
    'I like it if you disagree with me in the comments, that is how I learn.',
  ],
  invalid: [
    {
      text: 'React ❤️ for pizza, 😮 for pasta!',
      findings: [{ messageId: 'voteBait', match: 'React ❤️ for' }],
    },
    {
      text: 'Which one would you pick? 👍 for Python or ❤️ for JavaScript',
      findings: [{ messageId: 'voteBait', match: '👍 for Python or ❤️ for' }],
    },
    {
      text: 'Like if you agree that Mondays should be illegal! 👍',
      findings: [{ messageId: 'reactBait', data: { phrase: 'Like if you' }, match: 'Like if you' }],
    },
    {
      text: 'Share this with 5 friends to win a free coffee for a month ☕',
      findings: [{ messageId: 'shareBait', match: 'Share this with 5 friends' }],
    },
    {
      text: 'Tag a friend who needs to hear this today 🙌',
      findings: [{ messageId: 'tagBait', data: { phrase: 'Tag a friend' } }],
    },
    {
      text: 'Comment YES if you want the template.',
      findings: [{ messageId: 'commentBait', match: 'Comment YES if' }],
    },
    {
      text: 'Comment GUIDE and I’ll DM you my hiring playbook.',
      findings: [{ messageId: 'commentBait', data: { phrase: 'Comment GUIDE' } }],
    },
    {
      text: 'Type "interested" below and I will send you the link.',
      findings: [{ messageId: 'commentBait', match: 'Type "interested" below' }],
    },
    {
      text: 'Metti mi piace se anche tu odi le riunioni del lunedì!',
      language: 'it',
      findings: [{ messageId: 'reactBait', match: 'Metti mi piace se' }],
    },
    {
      text: 'Condividi con 5 amici per vincere una cena per due!',
      language: 'it',
      findings: [{ messageId: 'shareBait', match: 'Condividi con 5 amici' }],
    },
    {
      text: 'Tagga un amico che ha bisogno di una vacanza! 🏖️',
      language: 'it',
      findings: [{ messageId: 'tagBait', match: 'Tagga un' }],
    },
    {
      text: 'Commenta SÌ se vuoi ricevere la guida gratuita.',
      language: 'it',
      findings: [{ messageId: 'commentBait', match: 'Commenta SÌ se' }],
    },
    {
      text: 'Scrivi "INFO" nei commenti e ti mando il programma.',
      language: 'it',
      findings: [{ messageId: 'commentBait', match: 'Scrivi "INFO" nei commenti' }],
    },
  ],
});
