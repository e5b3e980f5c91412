import { testRule } from '../testing';
import rule from './no-empty-opener';

testRule(rule, {
  valid: [
    // Odd input never throws.
    '',
    '\ud800\u200b 🎉',
    'مرحبا بالعالم',
    // A greeting before a post that delivers.
    'Good morning everyone! Quick tip before your Monday stand-up: ask for blockers first, status second.',
    'Hi all, which password manager does your team use for shared credentials?',
    'Happy Friday! Here are the three links I found most useful this week.',
    { text: 'Buongiorno a tutti! Voi come organizzate la prima ora della giornata?', language: 'it' },
    { text: 'Ciao a tutti, oggi volevo condividere con voi tre errori che facevo nei preventivi e come li ho corretti.', language: 'it' },
    // The formula words inside a real sentence.
    'Hello world programs still teach more than most tutorials.',
    'Morning routines are overrated.',
    'Friday deploys are fine if your rollback takes one click.',
    { text: 'Ciao è la parola italiana più conosciuta al mondo.', language: 'it' },
  ],
  invalid: [
    { text: 'Monday again ☕', findings: [{ messageId: 'emptyOpener', data: { phrase: 'Monday again' }, match: 'Monday again' }] },
    {
      text: 'Happy Friday everyone! 🎉 What a week it has been.',
      findings: [{ messageId: 'emptyOpener', data: { phrase: 'Happy Friday everyone' }, match: 'Happy Friday everyone' }],
    },
    {
      text: 'Hello LinkedIn! Just wanted to share that I passed my AWS exam today.',
      findings: [{ messageId: 'emptyOpener', match: 'Hello LinkedIn' }],
    },
    {
      text: 'Just wanted to share that I passed my AWS exam today.',
      findings: [{ messageId: 'emptyOpener', data: { phrase: 'Just wanted to share' } }],
    },
    {
      text: 'Buongiorno a tutti! ☀️',
      language: 'it',
      findings: [{ messageId: 'emptyOpener', data: { phrase: 'Buongiorno a tutti' }, match: 'Buongiorno a tutti' }],
    },
    {
      text: 'Eccoci qui, di nuovo lunedì.',
      language: 'it',
      findings: [{ messageId: 'emptyOpener', match: 'Eccoci qui, di nuovo lunedì' }],
    },
    {
      text: 'Ciao a tutti, oggi volevo condividere con voi la mia gioia per il nuovo ufficio.',
      language: 'it',
      findings: [{ messageId: 'emptyOpener', match: 'Ciao a tutti, oggi volevo condividere con voi' }],
    },
    {
      text: 'Merry Christmas from all of us at Brightwave! 🎄',
      findings: [{ messageId: 'emptyOpener', match: 'Merry Christmas from all of us at Brightwave' }],
    },
    {
      text: 'Buon Natale a tutti da tutto il team di Ottica Bianchi! 🎄',
      language: 'it',
      findings: [{ messageId: 'emptyOpener', match: 'Buon Natale a tutti da tutto il team di Ottica Bianchi' }],
    },
    {
      // Greetings in a chain are one opener.
      text: 'Buongiorno a tutti e buon inizio settimana! 🌞',
      language: 'it',
      findings: [{ messageId: 'emptyOpener', match: 'Buongiorno a tutti e buon inizio settimana' }],
    },
    {
      // The first sentence of each line counts.
      text: 'Great offsite with the team.\nBuon weekend! 🍷',
      language: 'it',
      findings: [{ messageId: 'emptyOpener', match: 'Buon weekend' }],
    },
  ],
});
