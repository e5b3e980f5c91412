/**
 * Richieste di interazioni o recensioni finte. Ogni voce nomina un atto (creare, comprare, pagare,
 * lasciare … e ricevere), non solo l'argomento: "come riconoscere le recensioni false" parla del
 * problema, non lo chiede.
 */

export const fakeAccounts: readonly string[] = [
  '(crea|create|creare|creiamo|apri|aprite|aprire|apriamo|usa|usate|usare|usiamo|compra|comprate|comprare)( (dei|degli|qualche|un paio di|tanti|molti|più|altri|\\d+|nuovi|un|uno|dei nuovi)){0,4} (account|profili|profilo|utenti) (falsi|finti|fake|fittizi|fasulli|clone|farlocchi|falso|finto|fittizio|fasullo|farlocco)',
  '(account|profili|profilo) (falsi|finti|fake|fittizi|fasulli|farlocchi|secondari|alternativi|clone|falso|finto|secondario) (per|con cui|da cui) (commentare|mettere like|mettere mi piace|lasciare recensioni|recensire|votare|fare like|gonfiare|spingere|aumentare|difenderci|difenderti|rispondere)',
  '(commentate|commenta|commentare|mettete (like|mi piace)|metti (like|mi piace)|votate|vota|recensite|recensisci|condividete|rispondete)( (pure|anche|sotto|al post)){0,4} (con|dal|dai|da|coi|col|usando)( (il|i|un|gli|vostro|tuo|vostri|tuoi|i vostri|i tuoi|tutti i))* (secondo|secondi|altro|altri|vari|finti|falsi) (account|profilo|profili)',
  '(commentate|commenta|commentare|mettete (like|mi piace)|metti (like|mi piace)|votate|vota|recensite|recensisci|condividete|rispondete)( (pure|anche|sotto|al post)){0,4} (con|dal|dai|da|coi|col|usando)( (il|i|un|gli|vostro|tuo|vostri|tuoi|i vostri|i tuoi|tutti i|degli|dei))* (account|profilo|profili) (falsi|finti|fake|fittizi|secondari|alternativi|farlocchi|falso|finto)',
  '(fingetevi|fingiti|fingersi|fingendo(vi|ti)? di essere|fatevi passare per|fatti passare per|spacciatevi per|spacciati per|come se foste|come se fossi) (dei |degli |un |una )?(clienti|cliente|utenti|utente|acquirenti|acquirente|fan|sconosciuti|sconosciuto)( (soddisfatt[io]|felici|contenti|veri|qualunque))?',
];

export const boughtEngagement: readonly string[] = [
  '(compra|comprare|compro|comprate|compriamo|comprando|acquista|acquistare|acquistate|acquistiamo|acquistando|ho comprato|abbiamo comprato|ho acquistato|abbiamo acquistato)( (dei|degli|delle|qualche|\\d+[kK]?|\\d+\\.\\d+|mille|migliaia di|centinaia di|più|altri|altre|nuovi|subito))* (follower|followers|like|mi piace|visualizzazioni|views|iscritti|commenti|fan|interazioni|condivisioni|collegamenti)',
  '(follower|followers|like|mi piace|visualizzazioni|iscritti|commenti) (a pagamento|comprati|acquistati|in vendita)',
  '(pagare|paghiamo|pago|paga|pagate|pagando) ((\\S+) ){0,2}(persone|utenti|qualcuno|ragazzi|studenti|freelance) per (mettere like|mettere mi piace|commentare|seguir\\p{L}*|recensir\\p{L}*|condividere|votare)',
  '(entra|entrate|unisciti|unitevi|iscriviti|iscrivetevi) (nel|nei|al|ai|in un|a un) (nostro |mio )?(gruppo|pod) (di |per l\'|per )?(engagement|like|commenti|interazione|interazioni)',
  '(follow|like|segui|seguo)\\s*(4|per|x)\\s*(follow|like|segui)',
  '(segui|seguo|seguimi|seguitemi|follow) e ricambio',
  'ricambio (sempre )?(follow|like|i follow|i like)',
];

export const fakeReviews: readonly string[] = [
  '(scrivere|scrivete|scrivi|scriviamo|scriveteci|scrivetemi|lasciare|lasciate|lascia|comprare|comprate|compra|compriamo|acquistare|acquistate|ordinare|servono|serve|ci servono|mi servono|cerco|cerchiamo|pago|paghiamo|pagare|pubblicare|pubblicate|postate|inventare|inventate)( (\\S+)){0,3} (recensioni|recensione) (false|falsa|finte|finta|fasulle|fasulla|fake|a pagamento|comprate|comprata|pagate|pagata|inventate|inventata|fittizie|gonfiate)',
  '(recensioni|recensione) (false|finte|fasulle|fake|inventate|fittizie)( (\\S+)){0,3} (per (il|la|i|le|lo) (nostro|nostra|nostri|nostre|mio|mia|vostro|vostra)|da pubblicare|da mettere)',
  '(scambio|scambiamo|scambiamoci|scambiarsi) (di )?recensioni',
  // Recensioni di chi non ha comprato, provato o visitato: false qualunque cosa dicano.
  "(recension[ei]|stelle|valutazion[ei]|⭐)( \\S+){0,8} (anche se|pure se|senza) (non )?(ci )?(siete|sei|sono|hai|avete|hanno|aver|essere)( mai| ancora)? (stat[oaie]|venut[oaie]|provat[oaie]|comprat[oaie]|lett[oaie]|mangiat[oaie]|dormit[oaie]|usat[oaie])",
  '(non serve|non c\'è bisogno di|senza bisogno di) (averlo |averla |averci )?(venire|provare|comprare|leggere|usare|mangiare|dormire|visitare|provarlo|comprarlo|leggerlo|usarlo)',
  '\\d+ ?(€|euro) (a|per|per ogni) (recensione|valutazione)',
  '(gli altri|tutti gli altri|tutti) (mettono|mettiamo|mettete|mettano) (like|mi piace|un like) e (commento|commentano|commentiamo|commentate)',
  '(gruppo|pod|catena)( \\S+){0,6} (like|mi piace|commenti)( \\S+){0,6} algoritmo',
  '(profili|account) (automatici|finti|falsi|fake) (che|per) (commentano|commentare|mettono|mettere|lasciano)',
];

export const incentivisedReviews: readonly string[] = [
  '(recensione|recensioni) (a|da|con) (5|cinque) stelle in cambio (di|del|della|dello)',
  '(lascia|lasciate|lasciaci|lasciateci|scrivi|scrivete|scriveteci|scrivici|fate|fai|metti|mettete|dateci|dacci)( (una|la|la vostra|la tua|ci una))? (recensione|valutazione)( (positiva|a (5|cinque) stelle|da (5|cinque) stelle|con (5|cinque) stelle))?( (\\S+)){0,4} (e|per) (ricevere|ricevi|riceverai|riceverete|avere|avrai|avrete|ottenere|ottieni|otterrai|otterrete|vincere|vinci|sbloccare|sblocchi) (subito )?(uno sconto|lo sconto|un buono|un coupon|un codice|il \\d+|un omaggio|un regalo|il rimborso|\\d+ ?%|una spedizione gratuita|la spedizione gratuita)',
  '(sconto|buono|coupon|omaggio|regalo|rimborso|\\d+ ?%)( (\\S+)){0,5} (a chi|per chi|se) (ci )?(lascia|lascerà|lasciate|lascerete|scrive|scriverà|scrivete|mette|mettete) (una )?(recensione|valutazione)',
  'in cambio (di|della|delle) (una )?(recensione|recensioni|valutazione) (positiva|positive|a (5|cinque) stelle|da (5|cinque) stelle|con (5|cinque) stelle)',
];

/** Una frase che mette in guardia (oltre alle negazioni, vedi negation.ts) da queste pratiche o ne riferisce non è una richiesta. */
export const cautions: readonly string[] = [
  'evita\\p{L}*',
  'smett\\p{L}+',
  'invece di',
  'illegal[ei]',
  'vietat[oaie]',
  'reato',
  'mult[ae]',
  'multat[oaie]',
  'sanzion\\p{L}+',
  'scopr\\p{L}+',
  'riconoscer\\p{L}+',
  'individuar\\p{L}+',
  'segnala\\p{L}*',
  'truff\\p{L}+',
  'rischi\\p{L}*',
  'viola\\p{L}*',
  'bannat[oaie]',
  'rimoss[oaie]',
  'pentit[oaie]',
  'errore',
  'policy',
];
