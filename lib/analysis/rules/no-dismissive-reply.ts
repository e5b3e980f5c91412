import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage, findMatches } from '../lexicon';
import { dismissive as en } from '../lexicons/en/no-dismissive-reply';
import { dismissive as it } from '../lexicons/it/no-dismissive-reply';
import { isDisowned } from '../stance';

const kinds = ['dismiss', 'blame', 'threatenDelete'] as const;
const patterns = Object.fromEntries(kinds.map((kind) => [kind, compileByLanguage({ en: en[kind], it: it[kind] })])) as Record<
  (typeof kinds)[number],
  Record<'en' | 'it', RegExp>
>;

/**
 * Criticism answered in public is watched by everyone who reads the thread: a reply that waves it
 * away, blames the customer or threatens to delete the comment costs more than the complaint did.
 * Quiet when the phrase is denied or reported ("we never delete reviews", "replies like 'not our
 * problem' lose customers").
 */
export default defineRule({
  id: 'no-dismissive-reply',
  category: 'inappropriate',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'sentence',
  options: z.object({}),
  messageIds: [...kinds],
  messages: {
    en: {
      name: 'Dismissive reply to criticism',
      description:
        'Flags replies to complaints that wave them away ("not our problem", "if you don\'t like it, don\'t buy"), blame the customer ("you clearly didn\'t read the instructions") or threaten to delete the comment. Saying you never do so stays quiet.',
      messages: {
        dismiss: {
          message: '"{phrase}" waves the complaint away.',
          why: 'Everyone reading the thread sees how you treat a customer with a problem. Brushing one off tells all of them what to expect, and the screenshot outlives the complaint.',
          fix: 'Acknowledge the problem ("Sorry this happened"), explain briefly what went wrong or what the policy is, and offer a next step: "Send us your order number in a private message and we will sort it out today."',
        },
        blame: {
          message: '"{phrase}" puts the blame on the customer.',
          why: 'Even when the customer is wrong, blaming them in public makes you look defensive, and other readers side with the person being told off.',
          fix: 'Assume good faith and help: "Thanks for telling us. That step is easy to miss: here is how to do it, and we will make the instructions clearer."',
        },
        threatenDelete: {
          message: '"{phrase}" threatens to remove the criticism.',
          why: 'Deleting or threatening to delete fair criticism looks like hiding something; people repost it elsewhere, where you can no longer answer.',
          fix: 'Answer the point openly. Remove only what breaks the community rules (insults, spam, personal data), and say which rule it broke.',
        },
      },
    },
    it: {
      name: 'Risposta sprezzante alle critiche',
      description:
        'Segnala le risposte alle lamentele che le liquidano ("non è un problema nostro", "se non ti piace, non comprare"), danno la colpa al cliente ("evidentemente non hai letto le istruzioni") o minacciano di cancellare il commento. Dire che non lo fai non viene segnalato.',
      messages: {
        dismiss: {
          message: '"{phrase}" liquida la lamentela.',
          why: 'Chi legge la discussione vede come tratti un cliente che ha un problema. Liquidarne uno dice a tutti cosa aspettarsi, e lo screenshot dura più della lamentela.',
          fix: `Riconosci il problema ("Ci dispiace per quello che è successo"), spiega in breve cosa è andato storto o qual è la regola, e proponi un passo successivo: "Scrivici il numero d'ordine in privato e lo risolviamo oggi."`,
        },
        blame: {
          message: '"{phrase}" dà la colpa al cliente.',
          why: 'Anche quando il cliente sbaglia, dargli la colpa in pubblico ti fa sembrare sulla difensiva, e chi legge si schiera con chi viene rimproverato.',
          fix: 'Parti dalla buona fede e aiuta: "Grazie della segnalazione. È un passaggio che sfugge facilmente: ecco come si fa, e renderemo più chiare le istruzioni."',
        },
        threatenDelete: {
          message: '"{phrase}" minaccia di far sparire la critica.',
          why: 'Cancellare o minacciare di cancellare una critica legittima sembra voler nascondere qualcosa: la si ripubblica altrove, dove non puoi più rispondere.',
          fix: "Rispondi nel merito, apertamente. Rimuovi solo ciò che viola le regole della community (insulti, spam, dati personali) e di' quale regola viola.",
        },
      },
    },
  },
  examples: {
    flagged: [
      "@jdoe That's not our problem, the courier lost it. If you don't like it, shop somewhere else.",
      "You clearly didn't read the instructions before plugging it in.",
      { text: 'Continua così e il tuo commento verrà cancellato.', language: 'it' },
      { text: 'Se non ti piace, non comprare. Nessuno ti obbliga.', language: 'it' },
    ],
    ok: [
      "Sorry your parcel didn't arrive, Sam. Send us the order number in a DM and we'll trace it with the courier today.",
      'We never delete negative reviews: they tell us what to fix.',
      { text: "Ci dispiace per il ritardo. Scrivici il numero d'ordine e verifichiamo subito con il corriere.", language: 'it' },
    ],
  },
  check({ text, language, report }) {
    for (const kind of kinds) {
      for (const match of findMatches(patterns[kind][language], text)) {
        if (isDisowned(text, match, language)) continue;
        report({ messageId: kind, data: { phrase: match.text }, span: match });
      }
    }
  },
});
