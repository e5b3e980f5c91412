/** Parole per una password; ogni frase qui sotto ne contiene una. */
export const passwordNouns: readonly string[] = [
  'password', 'passwd', 'pw', 'pin', "parola d'ordine", "chiave d'accesso", "codice d'accesso",
];

/** Frasi che comunicano una password nel testo; il valore che segue viene controllato a parte. */
export const passwordDisclosures: readonly string[] = [
  `(la |il |mia |nostra |tua |nuova )?(${passwordNouns.join('|')})( (del|della|dello|dei|di|per)( la| il| lo)? [\\p{L}\\d-]+( [\\p{L}\\d-]+){0,3}| dell'[\\p{L}\\d-]+( [\\p{L}\\d-]+){0,3})?( è| e'| é| era| sarà| resta| rimane|:| =)`,
];
