/** Ciò che un'azienda annuncia quando decide lei: numeri, clienti, accordi, cambi di persone, lanci. */
export const sensitiveObjects: readonly string[] = [
  '(numeri|risultati|dati|conti) (del|di) (trimestre|semestre|bilancio|anno|mese)',
  '(numeri|risultati|fatturato|ricavi|vendite|utile|utili|margine|margini|bilancio|trimestre|trimestrale|semestre|semestrale|budget|previsioni)',
  '(sopra|sotto|oltre) (il |al )?(budget|piano|previsioni|obiettivo|target)', '[+-]?\\d+([.,]\\d+)?\\s?%',
  "(contratt[oi]|accord[oi]|client[ei]|partner|commess[ae]|gar[ae]|appalt[oi]|acquisizion[ei]|fusion[ei]|investitor[ei]|round|finanziamento)",
  '(esuberi|licenziamenti|tagli|ristrutturazione|riorganizzazione|chiusura|trasferimento|cassa integrazione)',
  '(lancio|nuovo prodotto|nuovo marchio|nuovo nome|nuovo logo|nuovo ad|nuovo amministratore)', 'firmat[oaie]',
  "(casa automobilistica|banca|catena|marchio|multinazionale|grande gruppo)",
];

/** Segnali che la cosa non è ancora pubblica: una data prima dell'annuncio, un segreto a metà, un indovinello. */
export const notPublicYet: readonly string[] = [
  "prima (del|della|dell'|dei|delle) (cda|c\\.d\\.a\\.|consiglio( di amministrazione)?|board|assemblea|comunicato|annuncio|lancio|call|analisti|presentazione|conferenza stampa|trimestrale|chiusura ufficiale)",
  '(in anteprima|anteprima assoluta|in esclusiva)', "(call|riunione|incontro) con (gli )?(analisti|investitori|il cda|il board)",
  '(gli analisti|il mercato|il cda|la stampa|i sindacati|i dipendenti) lo (sapranno|scopriranno|sanno) (la prossima|il prossimo|domani|solo|lunedì|martedì|mercoledì|giovedì|venerdì)',
  "non (possiamo|posso|potete|si può) (ancora )?(dire|dirlo|fare (il )?nom[ei]|rivelare|svelare|annunciare|scriverlo)",
  "non (è|e) ancora (pubblico|ufficiale|stato annunciato|stato comunicato|annunciato|comunicato)", "non (ancora )?(annunciat|comunicat|ufficializzat)[oaie]( ancora)?",
  '(indovinate|indovina) (chi|quale|cosa|di chi)', '(inizia|comincia) (per|con) (la )?\\p{L}(?![\\p{L}])',
  'lo (sapete|saprete) (prima|per primi) (voi|di tutti)', 'ufficialmente (la prossima settimana|il mese prossimo|da lunedì|dal \\d+)',
  '(top secret|sotto embargo|embargo)', 'per ora (acqua in bocca|non diciamo altro)',
];

/** Parole di chi scrive di sé: la notizia è sua. */
export const ownVoice: readonly string[] = [
  'noi', 'nostro', 'nostra', 'nostri', 'nostre', 'abbiamo', 'siamo', 'stiamo', '[\\p{L}]+iamo', '[\\p{L}]+remo', 'ci', 'ho', 'mio', 'mia',
];
