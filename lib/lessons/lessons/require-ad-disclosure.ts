import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'require-ad-disclosure',
  principle: 'transparency',
  platform: 'instagram',
  text: {
    en: {
      why: 'Readers trust a recommendation only if they know whether it was paid for. Consumer-protection law requires you to say so, and a clear #ad costs you far less than being found out.',
      weak: 'My skin has never looked better. Use code ANNA20 for 20% off the whole range!',
      strong: '#ad for Luna Skincare, with code ANNA20. I have used this serum for three months: less dryness, no breakouts, and it takes a minute to sink in. Ask me anything about it below.',
      exercise: 'Declare the partnership at the start of the post, and keep the honest review.',
    },
    it: {
      why: 'Chi legge si fida di un consiglio solo se sa quando è sponsorizzato. Il Codice del consumo chiede di dichiararlo e l\'AGCM sanziona la pubblicità occulta: e un #adv chiaro ti costa molto meno di una figuraccia.',
      weak: 'La mia pelle non è mai stata così bella. Usa il codice ANNA20 per avere il 20% di sconto su tutta la linea!',
      strong: '#adv in collaborazione con Luna Skincare. Uso questo siero da tre mesi: pelle meno secca, nessuna irritazione, si assorbe in un minuto. Se hai domande su come usarlo, chiedimi pure qui sotto. Codice ANNA20 per il 20% di sconto.',
      exercise: 'Dichiara la collaborazione all\'inizio del post e mantieni la recensione sincera.',
    },
  },
});
