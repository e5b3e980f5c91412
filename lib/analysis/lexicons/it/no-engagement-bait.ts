/**
 * Engagement bait secondo la definizione di Meta: chiedere reazioni, condivisioni, tag o commenti per
 * ingannare l'algoritmo invece che per aprire un dialogo. Una lista per tipo.
 */
// An emoji and the rest of its word, from the word's first emoji only: trying every emoji of a long
// run of them would make the search quadratic.
const emoji = '\\p{Extended_Pictographic}(?<!\\p{Extended_Pictographic}\\S*?\\p{Extended_Pictographic})\\S*';

export const voteBait: readonly string[] = [
  `(reagisci|reagite|vota|votate) con (un |una |l')?(${emoji}|emoji|reazion[ei]|cuore|like)`,
  `${emoji} (per|=|se) [^,;\\n]{0,39}[^\\s,;][,;/]? (o )?${emoji} (per|=|se)`,
];

export const reactBait: readonly string[] = [
  `(metti|mettete|lascia|lasciate) (un |il )?(mi piace|like|cuore|cuoricino|${emoji})( a questo post)? se`,
  "(like|mi piace|cuore) se (sei|siete|anche tu|anche voi|ti|vi|ami|amate|sei d'accordo)",
  `${emoji} se (sei|siete|anche tu|anche voi|ti|vi|ami|amate)`,
  'doppio tap se',
];

export const shareBait: readonly string[] = [
  '(condividi|condividete)( questo post| il post)? (con|a) (\\d+|due|tre|cinque|dieci) (amici|amiche|persone|contatti|gruppi)',
  '(condividi|condividete|ricondividi|ripubblica)( questo post| il post)? (se|per vincere|e vinci|e vincete|per partecipare)',
];

export const tagBait: readonly string[] = [
  "(tagga|taggate) (un|una|un'|il tuo|la tua|i tuoi|le tue|\\d+|due|tre|cinque|qualcuno|chi|quell|l'amic[oa]|la persona|il collega|la collega)",
];

export const commentBait: readonly string[] = [
  '(commenta|commentate)( con)? ["“‘«\\u0027]\\p{L}+[\\u0027"”’»]',
  '(scrivi|scrivete|rispondi|rispondete)( con)? ["“‘«\\u0027]\\p{L}+[\\u0027"”’»] (nei commenti|qui sotto|sotto|se|e ti|e vi|per ricevere|per avere)',
  `(commenta|commentate|scrivi|scrivete|rispondi|rispondete)( con)? (sì|si|no|amen|io|info|una emoji|un'emoji|un ${emoji}|${emoji}) (se|qui sotto|nei commenti|sotto|e|per)`,
  "(commenta|commentate)( qui sotto)? se (sei|siete|anche tu|anche voi|ti|vi|sei d'accordo|ami|amate)",
  `(lascia|lasciate) (un |una )?(${emoji}|emoji|cuore|cuoricino) (nei commenti|qui sotto|se|e)`,
  '(i primi|le prime) \\d+ (che commentano|a commentare)',
];

/** Parole chiave in maiuscolo ("Commenta GUIDA"), riconosciute rispettando le maiuscole. */
export const commentKeywordBait: readonly string[] = [
  '([Cc]ommenta|[Cc]ommentate|[Ss]crivi|[Ss]crivete|[Rr]ispondi|[Rr]ispondete) \\p{Lu}{2,}(?=[\\u0020\\t.!,:]*(\\n|$|(qui|sotto|nei|e|se|per|ti|vi)(?!\\p{L})|\\p{Extended_Pictographic}))',
];

/** Meta esclude le richieste di aiuto: persone o animali scomparsi, raccolte fondi, donatori. */
export const helpRequests: readonly string[] = [
  'scompars[oaie]', 'smarrit[oaie]', 'dispers[oaie]', 'raccolta fondi', 'raccolte fondi', 'donazion[ei]', 'donator[ei]',
  'donatric[ei]', 'dona(te)? (ora|il sangue|qui)', 'sangue', 'beneficenza', 'aiutateci a (trovare|ritrovare|raggiungere)',
  'avete visto', 'urgente', 'adozione', 'canile', 'gattile', 'rifugio', 'stallo', 'gofundme',
];
