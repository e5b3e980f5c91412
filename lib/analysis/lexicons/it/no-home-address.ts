/** Parole che dicono che un indirizzo è dove abita una persona, non dove un'attività riceve i clienti. */
export const homeCues: readonly string[] = [
  '(abita|abitano|abitava|vive|vivono|viveva|risiede|risiedono|sta|stanno|si è trasferit[oaie]|si sono trasferit[ie]) (in|a|al|alla|allo|ai|alle|nel|nella)',
  "(casa|l'indirizzo|l'appartamento) (sua|loro|mia|tua|di [\\p{Lu}][\\p{L}]+) (è|e|sta)( in| a| al| alla)?",
  "indirizzo (di casa|privato|personale|di residenza)( è|:)?",
  "(la sua|la loro|la mia) (residenza|abitazione) (è )?(in|a)",
];

/** Un indirizzo: il tipo di strada, un nome, il numero civico. */
export const streetAddress = "(via|viale|piazza|piazzale|corso|vicolo|largo|strada|contrada|località|loc\\.|borgo|lungomare|lungotevere) ([\\p{L}'’.]+ ){1,4}(n\\. ?)?\\d{1,4}(/?[a-zA-Z])?(?![\\p{L}\\p{N}])";
