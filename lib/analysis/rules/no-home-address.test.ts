import { testRule } from '../testing';
import rule from './no-home-address';

testRule(rule, {
  valid: [
    'Visit us at 221 Baker Street, open every day from 10.',
    'She lives in London and works at 10 Downing Street.',
    'Moving to a new flat next month: any tips for packing books?',
    { text: 'Vive a Milano da dieci anni.', language: 'it' },
    { text: 'La nostra sede è in via Roma 5, con parcheggio.', language: 'it' },
  ],
  invalid: [
    { text: 'Jim lives at 42 Oak Lane, ask him yourself.', findings: [{ messageId: 'homeAddress', match: 'lives at 42 Oak Lane' }] },
    { text: 'Her home address is 7 Park Road, Leeds.', findings: [{ messageId: 'homeAddress', match: 'home address is 7 Park Road' }] },
    {
      text: 'Luca si è trasferito in via dei Mille 23/b, passate a trovarlo.',
      language: 'it',
      findings: [{ messageId: 'homeAddress', match: 'si è trasferito in via dei Mille 23/b' }],
    },
    { text: 'Abitano in piazza Verdi 4 a Parma.', language: 'it', findings: [{ messageId: 'homeAddress', match: 'Abitano in piazza Verdi 4' }] },
  ],
});
