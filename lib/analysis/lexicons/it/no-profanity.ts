/**
 * Parolacce e bestemmie, per grado di certezza. Le voci sono parole intere (vedi lexicon.ts):
 * "cazzuola", "analisi", "scazzottata" o "Troia" città non corrispondono.
 */

/** Volgari in ogni contesto. */
export const sure: readonly string[] = [
  'cazz(o|i|ata|ate|one|oni|ona|eggio|eggi|eggiare|eggiando|eggiato|uto|uta|uti|ute|aro)',
  'incazz(o|ato|ata|ati|ate|arsi|ano|are|erai|a|i)',
  'scazz(o|ato|ata|ati|ate)',
  'sticazzi',
  'minchi(a|e|ata|ate|one|oni)',
  'merd(a|e|oso|osa|osi|ose|ata|ate|accia|ina)',
  'stronz(o|a|i|e|ata|ate|etto|etta|etti|issimo|issima)',
  'fanculo',
  'vaf+anculo',
  'af+anculo',
  'vaffa',
  'coglion(e|i|a|ata|ate|aggine)',
  'rompicoglioni',
  'rincoglionit[oaie]',
  'scoglionat[oaie]',
  'fott\\p{L}+',
  'puttan(a|e|ata|ate|iere|aio)',
  // Non la città: "guerra di Troia", "cavallo di Troia", "a Troia".
  'troi(a|e|ata|ate)(?<!(?<!\\p{L})(di|a|da|in) troi(a|e|ata|ate))',
  'zoccol[ae]',
  'mignott[ae]',
  'bagasci[ae]',
  'culo',
  'leccaculo',
  // Non "inculcare".
  'incul(?!c)\\p{L}+',
  'bastard(o|a|i|e)',
  'segaiol[oaie]',
  'pompin(o|i)',
  'cagat[ae]',
  '(vai|va|andate|vada) a cagare',
  'mortacci\\p{L}*',
  '(porco|porca) (dio|madonna|giuda)',
  'porcodio',
  'porcamadonna',
  'dio (cane|porco|maiale|bestia|boia|merda)',
  'diocane',
];

/**
 * Parole ambigue, solo negli usi chiaramente volgari: "palle" sono anche quelle dell'albero di
 * Natale, ma "che palle" no.
 */
export const vulgarUses: readonly string[] = [
  'che (due )?palle',
  'rottura di (palle|maroni)',
  'rompipalle',
  '(rompe|rompere|rompi|rompono|rompete|rompermi|romperci|rotto|rotte|rompiamo) (le|i) (palle|maroni)',
];

/** Parole semplici a cui si riconducono le grafie mascherate (c***o, m*rda, stronz*), le più comuni prima. */
export const disguisable: readonly string[] = [
  'cazzo',
  'cazzata',
  'merda',
  'stronzo',
  'stronza',
  'stronzi',
  'stronzata',
  'vaffanculo',
  'fanculo',
  'coglione',
  'coglioni',
  'puttana',
  'troia',
  'minchia',
  'fottuto',
  'culo',
  'bastardo',
];
