import { testRule } from '../testing';
import rule from './no-fake-engagement';

testRule(rule, {
  valid: [
    'How to spot fake reviews before you book a hotel: five signs.',
    'Never buy followers: our reach dropped 40% after a cleanup.',
    'Amazon fined sellers who paid for fake reviews last year.',
    'Loved the workshop? Leave us an honest review, it helps other teams decide.',
    'Use a separate account for work and personal posts.',
    'Share this from your personal profile if it helped you.',
    'How we grew to 10k followers without buying a single one.',
    { text: 'Se vi è piaciuto il corso, lasciateci una recensione sincera: ci aiuta a migliorare.', language: 'it' },
    { text: 'Le recensioni false sono un reato: ecco come riconoscerle.', language: 'it' },
    { text: 'Non comprate follower: i numeri gonfiati non vendono.', language: 'it' },
    { text: 'Commentate dal vostro profilo personale, ci fa piacere leggervi.', language: 'it' },
  ],
  invalid: [
    {
      text: 'Team, please create a few fake accounts to comment on the launch post.',
      findings: [{ messageId: 'fakeAccounts', data: { phrase: 'create a few fake accounts' }, match: 'create a few fake accounts' }],
    },
    { text: 'Then comment from your second account so it looks popular.', findings: [{ messageId: 'fakeAccounts', match: 'comment from your second account' }] },
    { text: 'We should buy 5k followers before the launch.', findings: [{ messageId: 'boughtEngagement', match: 'buy 5k followers' }] },
    { text: 'Follow for follow? Drop your handle.', findings: [{ messageId: 'boughtEngagement', match: 'Follow for follow' }] },
    { text: 'We need 30 fake reviews on the listing by Friday.', findings: [{ messageId: 'fakeReviews', match: 'need 30 fake reviews' }] },
    {
      text: 'Leave us a 5-star review and get 20% off your next order!',
      findings: [{ messageId: 'incentivisedReview', match: 'Leave us a 5-star review and get' }],
    },
    { text: 'Compra follower e like, costa poco.', language: 'it', findings: [{ messageId: 'boughtEngagement', match: 'Compra follower' }] },
    {
      text: 'Lasciateci una recensione a 5 stelle e riceverete uno sconto del 15%.',
      language: 'it',
      findings: [{ messageId: 'incentivisedReview', match: 'Lasciateci una recensione a 5 stelle e riceverete uno sconto' }],
    },
    { text: 'Commentate con profili finti così il post sale.', language: 'it', findings: [{ messageId: 'fakeAccounts', match: 'Commentate con profili finti' }] },
    {
      text: 'Regaliamo un caffè per ogni recensione a 5 stelle in cambio di una foto.',
      language: 'it',
      findings: [{ messageId: 'incentivisedReview', match: 'recensione a 5 stelle in cambio di' }],
    },
    {
      text: 'Cerchiamo qualcuno per scrivere recensioni false sul nostro ristorante.',
      language: 'it',
      findings: [{ messageId: 'fakeReviews', match: 'Cerchiamo qualcuno per scrivere recensioni false' }],
    },
  ],
});
