import { testRule } from '../testing';
import rule from './no-dismissive-reply';

testRule(rule, {
  valid: [
    "Sorry your parcel didn't arrive. Send us the order number and we'll trace it today.",
    'We will never delete a review because it is negative.',
    'Replies like "not our problem" lose more customers than any delay.',
    'Before you start, read the manual: page 4 shows the two screws that matter.',
    'Delete the old app before installing the new one.',
    { text: 'Ci dispiace per il disagio: scrivici in privato e troviamo una soluzione.', language: 'it' },
    { text: 'Non cancelliamo mai le recensioni negative.', language: 'it' },
    { text: 'Leggi le istruzioni a pagina 4: spiegano come montare il filtro.', language: 'it' },
  ],
  invalid: [
    { text: "Not our problem, talk to the courier.", findings: [{ messageId: 'dismiss', match: 'Not our problem' }] },
    { text: "If you don't like it, go elsewhere.", findings: [{ messageId: 'dismiss', match: "If you don't like it, go" }] },
    { text: 'Nobody forced you to buy it.', findings: [{ messageId: 'dismiss', match: 'Nobody forced you' }] },
    { text: 'You obviously didn’t follow the setup guide.', findings: [{ messageId: 'blame', match: 'You obviously didn’t follow' }] },
    { text: 'Read the label next time.', findings: [{ messageId: 'blame', match: 'Read the label next time' }] },
    { text: "We'll delete your comment if this goes on.", findings: [{ messageId: 'threatenDelete', match: "We'll delete your comment" }] },
    { text: 'Non è un problema nostro, sentite il corriere.', language: 'it', findings: [{ messageId: 'dismiss', match: 'Non è un problema nostro' }] },
    { text: 'Evidentemente non hai letto le istruzioni.', language: 'it', findings: [{ messageId: 'blame', match: 'Evidentemente non hai letto' }] },
    { text: 'Bastava leggere le istruzioni.', language: 'it', findings: [{ messageId: 'blame', match: 'Bastava leggere le istruzioni' }] },
    { text: 'Un altro commento così e ti blocchiamo.', language: 'it', findings: [{ messageId: 'threatenDelete', match: 'Un altro commento così e ti blocchiamo' }] },
    { text: 'Cancelliamo la tua recensione.', language: 'it', findings: [{ messageId: 'threatenDelete', match: 'Cancelliamo la tua recensione' }] },
  ],
});
