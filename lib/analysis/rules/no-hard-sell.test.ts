import { testRule } from '../testing';
import rule from './no-hard-sell';

testRule(rule, {
  valid: [
    // Soft cases: a free event, a named useful resource, an offer of help.
    'The talk is free and open to everyone: register here https://example.org/talk',
    { text: 'Full recipe in the link in bio: one pan, twenty minutes.', platform: 'instagram' },
    'DM me if you have questions about the visa process, happy to help.',
    // Descriptions, not requests.
    'People DM me all the time asking how I prepared for the exam.',
    'Buy now, pay later schemes hide the real cost of a purchase.',
    'I like my music loud and my meetings short.',
    'Why do I subscribe to the idea that less is more? Because of one failed launch.',
    'We must act now on the backlog before it buries the team.',
    { text: 'Seguimi nel ragionamento: se il costo sale del 10%, il margine scende del 30%.', language: 'it' },
    { text: "Molti mi scrivono in privato per chiedere come ho preparato l'esame: ecco il mio metodo.", language: 'it' },
    { text: 'La guida completa è al link in bio, gratuita per tutti.', language: 'it' },
    { text: 'Per informazioni sul convegno gratuito trovate il programma sul sito del Comune.', language: 'it' },
  ],
  invalid: [
    {
      text: 'Only 3 left at this price! Buy now before they are gone.',
      findings: [
        { messageId: 'buyNow', data: { phrase: 'Only 3 left' }, match: 'Only 3 left' },
        { messageId: 'buyNow', match: 'Buy now' },
      ],
    },
    {
      text: 'Limited offer, act now and get the bundle for half price.',
      findings: [{ messageId: 'buyNow', match: 'Limited offer, act' }],
    },
    {
      text: 'Order yours today, shipping is free.',
      findings: [{ messageId: 'buyNow', match: 'Order yours today' }],
    },
    {
      text: 'New slots for portfolio reviews: DM me for rates.',
      findings: [{ messageId: 'dmMe', data: { phrase: 'DM me' }, match: 'DM me' }],
    },
    {
      text: 'Want the full price list? Send me a DM.',
      findings: [{ messageId: 'dmMe', match: 'Send me a DM' }],
    },
    {
      text: 'Please subscribe to my channel, new video every Friday!',
      findings: [{ messageId: 'followMe', match: 'Please subscribe to my channel' }],
    },
    {
      text: 'hey guys check out my new channel',
      findings: [{ messageId: 'followMe', data: { phrase: 'check out my new channel' }, match: 'check out my new channel' }],
    },
    {
      text: 'Follow me for more tips like this.',
      findings: [{ messageId: 'followMe', match: 'Follow me' }],
    },
    {
      text: 'Visit my website to see the whole range.',
      findings: [{ messageId: 'followMe', match: 'Visit my website' }],
    },
    {
      text: 'New spring collection 🌸 link in bio',
      platform: 'instagram',
      findings: [{ messageId: 'followMe', match: 'link in bio' }],
    },
    {
      text: 'If I get 100 subscribers I will post the full tutorial.',
      findings: [{ messageId: 'followMe', match: 'If I get 100 subscribers' }],
    },
    {
      text: 'Offerta lampo sul corso di Excel, approfitta subito!',
      language: 'it',
      findings: [
        { messageId: 'buyNow', match: 'Offerta lampo' },
        { messageId: 'buyNow', match: 'approfitta subito' },
      ],
    },
    {
      text: 'Ordina oggi e ricevi il pacco domani.',
      language: 'it',
      findings: [{ messageId: 'buyNow', match: 'Ordina oggi' }],
    },
    {
      text: 'Per i prezzi scrivimi in privato.',
      language: 'it',
      findings: [{ messageId: 'dmMe', data: { phrase: 'scrivimi in privato' }, match: 'scrivimi in privato' }],
    },
    {
      text: 'Sono consulente fiscale, contattami per info.',
      language: 'it',
      findings: [{ messageId: 'dmMe', match: 'contattami per info' }],
    },
    {
      text: 'Nuovo video! Iscriviti al mio canale e seguimi su Instagram.',
      language: 'it',
      findings: [
        { messageId: 'followMe', match: 'Iscriviti al mio canale' },
        { messageId: 'followMe', match: 'seguimi' },
      ],
    },
    {
      text: 'Nuova collezione disponibile, link in bio!',
      language: 'it',
      findings: [{ messageId: 'followMe', match: 'link in bio' }],
    },
  ],
});
