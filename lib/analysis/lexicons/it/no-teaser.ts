/** Annunci di un annuncio: promettono una notizia e non la danno. */
export const teasers: readonly string[] = [
  "(grandi|grosse|importanti|belle|bellissime|nuove|tante|interessanti|clamorose) (novità|notizie|sorprese|news|cose) (in arrivo|a breve|presto|stanno arrivando|all'orizzonte|in vista)",
  '(novità|sorpresa|sorprese|annuncio|annunci|news) in arrivo',
  '(restate|rimanete|state) sintonizzat[ie]', 'stay tuned', 'tenetevi pronti',
  '(presto|a breve|tra poco|domani|prossimamente) (vi )?(sveleremo|sveliamo|scoprirete|annunceremo|vi diremo|vi racconteremo|saprete)( tutto| di più)?',
  '(vi )?sveleremo (presto|a breve|tutto)',
  'non (posso|possiamo) (ancora )?(dire|svelare|rivelare|raccontare|anticipare) (di più|altro|nulla|niente|molto)( per ora| per il momento| ancora)?',
  'qualcosa di (grande|grosso|speciale|importante|bello|nuovo|incredibile|straordinario) (sta arrivando|è in arrivo|bolle in pentola|sta per arrivare|sta per succedere|in arrivo)',
  '(qualcosa )?bolle in pentola', 'stiamo (cucinando|preparando) qualcosa di (grande|speciale|bello|importante|nuovo)',
  "(un |un grande |un importante |l')?annuncio (importante )?(in arrivo|domani|a breve|lunedì|la prossima settimana)",
  'ne vedrete delle belle', 'seguiteci per (scoprire|saperne di più)',
  'non perdetevi (il prossimo post|i prossimi giorni|le prossime novità)', '(tutto )?sarà svelato( presto| a breve)?',
  '(dettagli|maggiori dettagli|maggiori informazioni|info) (a breve|in arrivo|presto)',
  'prossimamente(?!\\s*:)', 'coming soon(?!\\s*:)',
];
