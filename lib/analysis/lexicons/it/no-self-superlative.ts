/**
 * Superlativi che un'azienda usa su se stessa, e i modi in cui la frase li lega a chi scrive.
 * Il superlativo da solo non conta ("il miglior consiglio che ho ricevuto", "Sinner è il numero uno"):
 * conta solo se il soggetto è chi scrive, la sua azienda o il suo prodotto.
 */

/** Dopo "siamo", "il nostro prodotto è": "siamo i migliori", "il nostro team è di livello mondiale". */
const claim =
  "((il|la|i|le|l')\\s?(miglior[ei]?|numero (uno|1)|n\\.?\\s?1|#1|prim[oaie] (in|nel|nella|sul|al) \\p{L}+|più (brav[oaie]|grand[ei]|affidabil[ei]|espert[oaie]|convenient[ei]|innovativ[oaie]|complet[oaie]|sicur[oaie]|veloc[ei]))|(i |il |la |le )?(prim[oaie] (in|nel|nella|sul|sulla|al|tra) \\p{L}+|leader( (indiscuss[oi]|assolut[oi]|di mercato|del mercato|del settore|nel settore|mondiali?|in italia))?|numero (uno|1)|#1|un'eccellenza( assoluta)?|l'eccellenza|eccellenza assoluta|di livello mondiale|di classe mondiale|ineguagliabil[ei]|insuperabil[ei]|impareggiabil[ei]|imbattibil[ei]|senza rivali|senza eguali|senza pari|senza concorrenti|unic[oaie] (in italia|sul mercato|al mondo|nel settore)|pluripremiat[oaie]|al top))";
/** Dopo il nome: "il nostro team pluripremiato", "i nostri servizi di livello mondiale". */
const attributive =
  "(leader( (indiscuss[oi]|assolut[oi]|di mercato|del settore|nel settore|mondiali?))?|di livello mondiale|di classe mondiale|ineguagliabil[ei]|insuperabil[ei]|impareggiabil[ei]|imbattibil[ei]|senza rivali|senza eguali|senza pari|pluripremiat[oaie]|d'eccellenza assoluta|numero (uno|1))";
/** Chi segue "mio"/"nostro" ed è un'altra persona, che si può lodare liberamente. */
const others =
  "(preferit[oaie]|mamma|madre|papà|padre|genitori|moglie|marito|compagn[oa]|fidanzat[oa]|amic[oaie]|amici|mentore|capo|coach|insegnanti?|figli[oa]?|fratell[oi]|sorell[ae]|colleghi|colleg[ao]|clienti|cliente|community|follower|lettori|pubblico|fan|utenti|ospiti|studenti|stagisti|concorrenti)";
const adverbs = '( (davvero|ancora|ancora una volta|ufficialmente|orgogliosamente|ormai|oggi|semplicemente|sempre|da anni|di nuovo|indiscutibilmente|senza dubbio|chiaramente))*';

export const selfSuperlative = {
  patterns: [
    // "Siamo i migliori sul mercato", "ci confermiamo leader indiscussi", "io sono il numero uno"
    `(siamo|io sono|noi siamo|restiamo|rimaniamo|diventiamo|siamo diventati|ci confermiamo|ci siamo confermati|ci riconfermiamo|ci posizioniamo come|siamo stati (votati|nominati|eletti|scelti come))${adverbs} ${claim}`,
    // "Il nostro team è il migliore", "i nostri prodotti sono di livello mondiale"
    `(il|la|i|le|l')\\s?(nostr[oaie]|mi[oa]|miei|mie) (?!(\\p{L}+ ){0,2}?${others}(?![\\p{L}\\p{N}_]))(\\p{L}+ ){0,3}?(è|e'|sono|resta|restano|rimane|rimangono|si conferma|si confermano)${adverbs} ${claim}`,
    // "il nostro team pluripremiato", "la mia qualità ineguagliabile"
    `(nostr[oaie]|mi[oa]|miei|mie) (?!(\\p{L}+ ){0,2}?${others}(?![\\p{L}\\p{N}_]))(\\p{L}+ ){1,2}?${attributive}`,
    // "Offriamo il miglior servizio", "garantiamo un'eccellenza assoluta"
    `(offriamo|garantiamo|realizziamo|produciamo|proponiamo|forniamo|facciamo|creiamo|serviamo|vendiamo|portiamo|assicuriamo)( (a voi|ai nostri clienti|solo|sempre|davvero))* (il|la|i|le|l')\\s?(miglior[ei]?|più (bravi|grandi|affidabili|convenienti))`,
    `(offriamo|garantiamo|realizziamo|produciamo|proponiamo|forniamo|creiamo|serviamo|vendiamo|portiamo|assicuriamo) (\\p{L}+ ){0,3}?${attributive}`,
    "nessuno (lo )?fa meglio di (noi|me)",
    "(siamo|sono) (meglio|più bravi|più brav[oa]) di (tutti|chiunque|qualsiasi altr[oa]|la concorrenza|i concorrenti)",
  ],
  localBest: [
    "(il|la|l')\\s?(miglior[ei]?|numero uno|più (bravo|brava|grande|affidabile)) (\\p{L}+ ){0,2}?(agenzia|azienda|studio|negozio|ristorante|pizzeria|pasticceria|panificio|forno|bar|salone|palestra|scuola|accademia|consulente|fornitore|clinica|hotel|albergo|cantina|fotograf[oa]|designer|avvocat[oa]|commercialista|coach|personal trainer|servizio|team|marchio|prodotto|app|piattaforma|software|soluzione)( \\p{L}+){0,2}? (in città|della città|in zona|della zona|della regione|d'italia|in italia|del mondo|al mondo|sul mercato|del mercato|del settore|di \\p{Lu}\\p{L}+|a \\p{Lu}\\p{L}+)",
  ],
  self: ["noi|nostr[oaie]|ci|\\p{L}{2,}iamo"],
  customerVerbs: [
    "(ho|abbiamo) (\\p{L}+ )?(trovato|provato|scoperto|visitato|scelto|assaggiato|mangiato|conosciuto|incontrato|usato|prenotato)|(consiglio|consigliamo|adoro|adoriamo|amo|amiamo)",
  ],
};
