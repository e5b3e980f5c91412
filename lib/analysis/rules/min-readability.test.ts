import { testRule } from '../testing';
import rule from './min-readability';

const jargonFirst = 'Our quarterly infrastructure modernization initiative consolidated heterogeneous monitoring capabilities into a unified observability platform.';
const jargonLongest =
  'Consequently, incident resolution accelerated substantially, and engineering organizations eliminated approximately fourteen redundant vendor relationships, generating significant recurring administrative efficiencies.';
const jargon = `${jargonFirst} Operational visibility improved considerably. ${jargonLongest}`;
const gergoLongest =
  "Conseguentemente, la risoluzione degli incidenti ha registrato un'accelerazione sostanziale e l'organizzazione ha eliminato approssimativamente quattordici rapporti contrattuali ridondanti con fornitori, generando significative efficienze amministrative ricorrenti.";
const gergo = `L'iniziativa trimestrale di modernizzazione infrastrutturale ha consolidato strumenti eterogenei di monitoraggio in un'unica piattaforma di osservabilità. La visibilità operativa è migliorata considerevolmente. ${gergoLongest}`;
const plain =
  'We changed one thing in our hiring process this year. We stopped asking for a cover letter. More people applied, and the good ones did not get lost. The best hires of the year came from that change. Try it for one role and see what happens.';

testRule(rule, {
  valid: [
    plain,
    {
      text: "Quest'anno abbiamo cambiato una cosa nelle selezioni. Non chiediamo più la lettera di presentazione. Si sono candidate più persone e quelle brave non si sono perse per strada. Provate anche voi.",
      language: 'it',
    },
    // Under 30 words there is no score to judge.
    { text: jargonFirst, language: 'en' },
    { text: jargon, language: 'en', options: { minFlesch: -200 } },
  ],
  invalid: [
    {
      text: jargon,
      language: 'en',
      findings: [{ messageId: 'hardToRead', data: { scale: 'Flesch', threshold: 30 }, match: jargonLongest }],
    },
    {
      text: gergo,
      language: 'it',
      findings: [{ messageId: 'hardToRead', data: { score: 18.6, scale: 'Gulpease', threshold: 40 }, match: gergoLongest }],
    },
    {
      // A stricter team threshold flags plain but not simple text.
      text: plain,
      language: 'en',
      options: { minFlesch: 100 },
      findings: [{ messageId: 'hardToRead', data: { threshold: 100 }, match: 'More people applied, and the good ones did not get lost.' }],
    },
  ],
});
