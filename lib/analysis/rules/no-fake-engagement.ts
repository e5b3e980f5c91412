import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage } from '../lexicon';
import * as en from '../lexicons/en/no-fake-engagement';
import * as it from '../lexicons/it/no-fake-engagement';
import { createPhraseFinder, templateKinds, type PhraseFinder, type PhraseKind } from '../phrases';
import type { Language, Span } from '../schema';
import { isNegated } from '../stance';

type MessageId = 'fakeAccounts' | 'boughtEngagement' | 'fakeReviews' | 'incentivisedReview';

const cautions = compileByLanguage({ en: en.cautions, it: it.cautions });

function kindsFor(language: Language, lexicon: typeof en): PhraseKind<MessageId>[] {
  // "Never buy followers", "Amazon fined sellers for fake reviews": warnings and news, not requests.
  const isExcused = (text: string, span: Span) => {
    cautions[language].lastIndex = 0;
    return isNegated(text, span, language) || cautions[language].test(text);
  };
  return [
    ...templateKinds('fakeAccounts', lexicon.fakeAccounts, {}, isExcused),
    ...templateKinds('boughtEngagement', lexicon.boughtEngagement, {}, isExcused),
    ...templateKinds('fakeReviews', lexicon.fakeReviews, {}, isExcused),
    ...templateKinds('incentivisedReview', lexicon.incentivisedReviews, {}, isExcused),
  ];
}

// Detection can be wrong on a short line, and neither language's patterns are ordinary text in the
// other, so both always run, the draft's own first.
const english = kindsFor('en', en);
const italian = kindsFor('it', it);
const finders: Record<Language, PhraseFinder<MessageId>> = {
  en: createPhraseFinder([...english, ...italian]),
  it: createPhraseFinder([...italian, ...english]),
};

/** Asking for fake accounts, bought engagement or fake and incentivised reviews: simulated conversation. */
export default defineRule({
  id: 'no-fake-engagement',
  category: 'inappropriate',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['fakeAccounts', 'boughtEngagement', 'fakeReviews', 'incentivisedReview'],
  messages: {
    en: {
      name: 'Fake engagement',
      description:
        'Flags requests to fake engagement: sock-puppet or second accounts to comment, bought followers or likes, engagement pods and follow-for-follow, fake or paid reviews, and reviews rewarded with a discount.',
      messages: {
        fakeAccounts: {
          message: '"{phrase}" asks for fake or second accounts to simulate support.',
          why: "Sock puppets are a simulated conversation: platforms ban them, consumer-protection law treats them as deception (in the US, the FTC's Endorsement Guides, 16 CFR Part 255, require endorsers to be real), and once found out they cost more trust than any comment could earn.",
          fix: 'Ask real customers and colleagues to share their honest view, under their own names.',
        },
        boughtEngagement: {
          message: '"{phrase}" asks for bought or traded engagement.',
          why: 'Bought followers and like-for-like deals inflate numbers with people who never read you; platforms detect and remove them, and your reach drops with them.',
          fix: 'Earn engagement with posts people want to answer: a useful insight, a real question, a reply to every comment.',
        },
        fakeReviews: {
          message: '"{phrase}" asks for fake or paid reviews.',
          why: "Fake reviews deceive buyers and are illegal in the EU, the UK and the US (where the FTC's rule on consumer reviews, 16 CFR Part 465, bans them); platforms delete them and can penalise the whole listing.",
          fix: 'Ask actual customers for an honest review after they have used the product, and answer the critical ones openly.',
        },
        incentivisedReview: {
          message: '"{phrase}" rewards a review, or a good one.',
          why: "Reviews bought with discounts or gifts mislead other buyers: most platforms forbid them, the FTC's Endorsement Guides (16 CFR Part 255) require the reward to be disclosed, and rewarding only positive reviews is banned outright (16 CFR Part 465).",
          fix: 'Ask for honest reviews with no reward attached, or keep the reward independent of whether and how people review.',
        },
      },
    },
    it: {
      name: 'Interazioni finte',
      description:
        'Segnala richieste di interazioni finte: profili falsi o secondi account per commentare, follower o like comprati, gruppi di engagement e "segui e ricambio", recensioni false o a pagamento, recensioni premiate con uno sconto.',
      messages: {
        fakeAccounts: {
          message: '"{phrase}" chiede profili falsi o secondi account per simulare consenso.',
          why: "I profili falsi simulano una conversazione che non c'è: le piattaforme li bannano, il Codice del consumo considera scorretto spacciarsi per consumatori (l'AGCM sanziona queste pratiche) e, una volta scoperti, costano più fiducia di quanta ne abbiano portata.",
          fix: 'Chiedi a clienti e colleghi veri di dire la loro, con il proprio nome.',
        },
        boughtEngagement: {
          message: '"{phrase}" chiede interazioni comprate o scambiate.',
          why: 'Follower comprati e scambi di like gonfiano i numeri con persone che non ti leggeranno mai; le piattaforme li riconoscono e li rimuovono, e la tua visibilità cala con loro.',
          fix: 'Guadagna le interazioni con post a cui valga la pena rispondere: un\'idea utile, una domanda vera, una risposta a ogni commento.',
        },
        fakeReviews: {
          message: '"{phrase}" chiede recensioni false o a pagamento.',
          why: "Le recensioni false ingannano chi compra: il Codice del consumo le considera una pratica commerciale scorretta, sanzionata dall'AGCM, e le piattaforme le cancellano e possono penalizzare l'intera scheda.",
          fix: 'Chiedi ai clienti veri una recensione sincera dopo che hanno usato il prodotto e rispondi apertamente a quelle critiche.',
        },
        incentivisedReview: {
          message: '"{phrase}" premia una recensione, o una recensione positiva.',
          why: 'Le recensioni ottenute con sconti o regali ingannano gli altri acquirenti: la maggior parte delle piattaforme le vieta e, senza una dicitura chiara sul premio, rischiano di essere una pratica commerciale scorretta per il Codice del consumo.',
          fix: 'Chiedi recensioni sincere senza premi, oppure offri il premio a prescindere dal fatto che le persone lascino una recensione e da ciò che scrivono.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Team, please create a few fake accounts to comment on the launch post.',
      'Leave us a 5-star review and get 20% off your next order!',
      'Lasciateci una recensione a 5 stelle e riceverete uno sconto del 15%.',
      'Commentate con profili finti così il post sale.',
    ],
    ok: [
      'How to spot fake reviews before you book a hotel: five signs.',
      'Never buy followers: our reach dropped 40% after a cleanup.',
      'Se vi è piaciuto il corso, lasciateci una recensione sincera: ci aiuta a migliorare.',
      'Le recensioni false sono un reato: ecco come riconoscerle.',
    ],
  },
  check({ text, language, report }) {
    for (const { messageId, match } of finders[language](text)) {
      report({ messageId, data: { phrase: match.text }, span: match });
    }
  },
});
