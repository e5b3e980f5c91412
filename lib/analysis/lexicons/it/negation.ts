/**
 * Segnali che un'affermazione è negata, riportata o condannata invece che fatta: "non odio i
 * musulmani", "il pregiudizio che le donne non sappiano guidare", "dire che … è sbagliato".
 */

/** Prima dell'affermazione, nella stessa frase. */
export const negations: readonly string[] = [
  'non',
  'mai',
  'nessun[oa]?',
  'né',
  'senza',
  'contro',
  'basta con',
  '(smetti|smettiamo|smettiamola|smettete|smettetela|smettila) di',
  'rifiut\\p{L}+',
  'sbagliato',
];

/** Negazioni che affermano ciò che segue: "non dimenticare che …", "non c'è dubbio che …". */
export const affirming: readonly string[] = [
  '(non|mai) (dimenticare|dimenticate|dimentichiamo|dimenticarti|scordare|scordate|scordiamoci|scordarti)( che)?',
  "non (c'è|c'e|c’è) (dubbio|niente di peggio|nulla di peggio|niente al mondo|nulla al mondo)",
  'non (è|e) un caso( che)?',
  'non (sono|siamo) (sorpres[oaie]|stupit[oaie])( che)?',
  'non (sono|è|siamo) altro che',
];

/** Prima dell'affermazione: parole altrui, o un'opinione chiamata per nome. */
export const reporting: readonly string[] = [
  '(dire|detto|dice|dicono|dicevano|diceva|dicendo|affermare|afferma|affermano|sostenere|sostiene|sostengono|scrivere|scritto|scrive|pensare|credere) che',
  "(ha|hanno|mi ha|ci ha|gli ha|le ha) (detto|scritto|urlato|gridato)",
  '(sentito|sentita|sentiti|sento|sentire|letto|leggo|leggere) (dire|frasi|commenti|cose)',
  '(frasi|commenti|parole|battute|slogan|luoghi comuni) come',
  "(l'idea|il mito|il pregiudizio|lo stereotipo|il luogo comune|la convinzione|la bufala|la favola|la leggenda) che",
  "(mi|ci|gli|le|ti) (ha|hanno) (dato|chiamat[oa]) (del|della|dei|delle|un|una)",
];

/** Dopo l'affermazione: chi scrive la condanna. */
export const condemnations: readonly string[] = [
  '(è|e|sono|era) (sbagliat[oaie]|fals[oaie]|razzist[ai]|sessist[ai]|omofob[oaie]|transfob[oaie]|abilist[ai]|inaccettabil[ei]|offensiv[oaie]|vergognos[oaie]|odio|un pregiudizio|uno stereotipo|una bufala|una sciocchezza|una stupidaggine)',
  'non (è|e) (vero|accettabile|normale|ok|uno scherzo|divertente)',
];

/** Prima di un segnale di discorso riportato, lo approva invece: "dov'è l'errore nel dire che …". */
export const endorsing: readonly string[] = [
];
