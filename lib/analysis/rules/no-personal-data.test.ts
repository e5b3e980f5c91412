import { expect, it } from 'vitest';
import { runRule, testRule } from '../testing';
import rule from './no-personal-data';

testRule(rule, {
  valid: [
    'Send your portfolio to careers@acme-studio.com, press.italy@acme.it or hello@acme.io.',
    'In the tutorial, replace john.doe@example.com with your own address.',
    'Founded in 2019, we grew from 3 to 1.250 people and shipped version 10.4.1 on 12/05/2024 at 10.30.',
    'Tickets cost €1.299,00; order 3471234567 shipped; 3.500.000 visitors in 2023-2024.',
    'Call us on +39 02 1234 5678 for bookings, or use the toll-free line 800 123 456.',
    // A call to the reader in a business's voice: the number is the business's line.
    'Burst pipe? Best rates in town, 24/7. Give us a bell on 061 555 0148 or ring Declan on 087 555 6620.',
    { text: 'Preventivi gratis in giornata: chiamate il 333 123 4567, rispondiamo anche la domenica.', language: 'it' },
    'Use the Stripe test card 4242 4242 4242 4242 in test mode.',
    'Abbiamo superato 3471234567 visualizzazioni in un anno.',
    'Acme S.r.l. – P.IVA 01234567897 – Via Roma 1, Milano',
    'Open http://user:pass@example.com and clone git@github.com:acme/app.git',
    { text: 'Per le richieste stampa scrivete a ufficiostampa@comune.example.it o al centralino.', language: 'it' },
    { text: 'Il numero di partecipanti è cresciuto da 1200 a 3400 in due anni.', language: 'it' },
  ],
  invalid: [
    {
      // The same call, but to a private person and with no business speaking.
      text: 'Lost keys found on Elm Street, they belong to my neighbour: ring him on 07700 900 552.',
      findings: [{ messageId: 'phone', match: '07700 900 552' }],
    },
    {
      text: 'Great chat with Laura today! Write to her at laura.finch@gmail.com if you have a role for her.',
      findings: [{ messageId: 'email', data: { preview: 'laur…' }, match: 'laura.finch@gmail.com' }],
    },
    {
      text: 'Reach Sarah on +44 7700 900461 or at (415) 555-0132.',
      findings: [
        { messageId: 'phone', data: { preview: '+44…' }, match: '+44 7700 900461' },
        { messageId: 'phone', match: '(415) 555-0132' },
      ],
    },
    {
      text: 'Chiamate Marco al 347 123 4567, oppure in ufficio: tel. 02 1234 5678',
      language: 'it',
      findings: [
        { messageId: 'phone', data: { preview: '34…' }, match: '347 123 4567' },
        { messageId: 'phone', match: '02 1234 5678' },
      ],
    },
    {
      text: 'Mandate la quota a Giulia, IBAN IT60 X054 2811 1010 0000 0123 456 grazie!',
      language: 'it',
      findings: [{ messageId: 'iban', data: { preview: 'IT60…' }, match: 'IT60 X054 2811 1010 0000 0123 456' }],
    },
    {
      text: 'Paid with my card 4111 1111 1111 1111, exp 12/27, and it still failed.',
      findings: [{ messageId: 'card', data: { preview: '4111…' }, match: '4111 1111 1111 1111' }],
    },
    {
      text: 'Per la pratica serve il codice fiscale RSSMRA85T10A562S e la P.IVA 07952210966.',
      language: 'it',
      findings: [
        { messageId: 'taxCode', data: { preview: 'RSSM…' }, match: 'RSSMRA85T10A562S' },
        { messageId: 'vatNumber', data: { preview: '07…' }, match: '07952210966' },
      ],
    },
  ],
});

it('skips numbers whose check digit is wrong', () => {
  expect(runRule(rule, 'IBAN IT61X0542811101000000123456, card 4111 1111 1111 1112, CF RSSMRA85T10A562X')).toEqual([]);
});

it('does not throw on odd input', () => {
  for (const text of ['\uD800@\uDC00.com', '+'.repeat(50), '٠١٢٣٤٥٦٧٨٩ ٠١٢٣', `${'1 '.repeat(500)}`, 'a@b.'.repeat(200)]) {
    expect(() => runRule(rule, text)).not.toThrow();
  }
});
