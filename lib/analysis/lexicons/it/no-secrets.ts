/** Parole per una password; ogni frase qui sotto ne contiene una. */
export const passwordNouns: readonly string[] = [
  'password', 'passwd', 'pw', 'pin', "parola d'ordine", "chiave d'accesso", "codice d'accesso",
];

/** Frasi che comunicano una password nel testo; il valore che segue viene controllato a parte. */
export const passwordDisclosures: readonly string[] = [
  `(la |il |mia |nostra |tua |nuova )?(${passwordNouns.join('|')})( (del|della|dello|dei|di|per)( la| il| lo)? [\\p{L}\\d-]+( [\\p{L}\\d-]+){0,3}| dell'[\\p{L}\\d-]+( [\\p{L}\\d-]+){0,3})?( è| e'| é| era| sarà| resta| rimane|:| =)`,
];

/** Parole per un accesso; "utente admin / valore" consegna la password dopo la barra. */
export const loginNouns: readonly string[] = ['login', 'utente', 'username', 'user', 'credenziali', 'account'];

/** "utente: admin / Primavera26", "le credenziali sono ops e la password Tr33top!": il valore dopo il nome utente è la password. */
export const loginDisclosures: readonly string[] = [
  `(il |l'|le |mie |nostre |nuove )?(${loginNouns.join('|')})( (del|della|dello|per)( la| il| lo)? [\\p{L}\\d-]+)?( è| sono|:| =)? [^\\s/,;]{1,40}( ?/ ?|,? (e |con )?(la )?(password|pass|pw)( è|:)? )`,
];
