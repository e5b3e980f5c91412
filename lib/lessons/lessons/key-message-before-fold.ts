import { defineLesson } from '../define-lesson';
import { foldTerm } from '../../i18n/glossary';

export default defineLesson({
  ruleId: 'key-message-before-fold',
  principle: 'platform-fit',
  platform: 'linkedin',
  text: {
    en: {
      why: `LinkedIn shows only the first lines before "${foldTerm.en}", and most readers decide there whether to go on. Put the key message first, and greetings and hashtags after it.`,
      weak: 'Hello LinkedIn family! 👋👋 Happy Monday everyone! ☀️☀️☀️ #mondaymotivation #leadership #growth #teamwork #people #culture #worklife #hr #management #inspiration #motivation #success So last Tuesday, in yet another two-hour planning meeting, I started counting. Here is what we changed.',
      strong: 'We cut our planning meetings from two hours to twenty minutes.\n\nThree changes did it:\n1. A written agenda sent the day before.\n2. A timer on the table.\n3. One person who owns each decision.\n\nWhich one would your team resist most?',
      exercise: `Open with the result, so it shows before "${foldTerm.en}", and drop the greetings and hashtags.`,
    },
    it: {
      why: `LinkedIn mostra solo le prime righe prima di "${foldTerm.it}", ed è lì che quasi tutti decidono se continuare a leggere. Metti subito il messaggio chiave, e saluti e hashtag dopo.`,
      weak: 'Buongiorno a tutti! ☀️\n\n#lunedì #motivazione #crescita #leadership #team\n\nOggi ti racconto come abbiamo dimezzato i tempi di consegna senza assumere nessuno.',
      strong: 'Abbiamo dimezzato i tempi di consegna senza assumere nessuno.\n\nTre cose hanno fatto la differenza:\n1. Ordini preparati la sera prima.\n2. Un solo corriere per zona.\n3. Una persona responsabile di ogni ritardo.\n\nQuale proveresti per prima?',
      exercise: `Apri con il risultato, così si vede prima di "${foldTerm.it}", e togli saluti e hashtag.`,
    },
  },
});
