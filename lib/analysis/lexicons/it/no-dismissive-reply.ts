/** Risposte alle critiche che chiudono la porta invece di rispondere, per ciò che fanno alla persona. */
export const dismissive = {
  /** Liquidare la lamentela. */
  dismiss: [
    '(non (è|e)|non sono) (un )?(problema|problemi|colpa|affare|affari) (nostr[oaie]|mi[oae]|del negozio|dell\'azienda)',
    '(è|e) un problema tu[oa]',
    'sono (problemi|affari) tuoi',
    'se non ti (piace|sta bene|va bene),? (non (comprare|comprarlo|comprarla|venire|tornare)|vai|cambia|compra|smetti|puoi)',
    'nessuno ti (obbliga|ha obbligat[oa]|costringe|ha costrett[oa]|ha chiesto)',
    '(fattene una ragione|prendere o lasciare|smettila di (lamentarti|piangere|frignare)|basta lamentarsi|non si può accontentare tutti)',
    '(non )?(ci|mi) (interessa|importa) (poco|niente|nulla)',
    'non ti dobbiamo (niente|nulla)',
    '(il problema|la colpa) (è|e) (tuo|tua|vostro|vostra)',
    '(non accettiamo|non si accettano) (lamentele|critiche|reclami)',
    '(se non (vi|ti) sta bene|se non (vi|ti) piace),? (andate|vai|uscite|esci|cambiate|cambia)',
    "(non|non ci) (interessa|interessano) (discuterne|le (vostre|tue) (lamentele|opinioni))",
    '(prenditela|prendetevela) con',
    'fatevene una ragione',
    '(vai|rivolgiti|compra) (altrove|da un\'altra parte|dalla concorrenza|da qualcun altro)',
  ],
  /** Rovesciare la colpa su chi si lamenta. */
  blame: [
    '(bastava leggere|dovevi leggere|impara a leggere|prova a leggere) (prima )?(le istruzioni|il manuale|l\'etichetta|la descrizione|le condizioni|il regolamento|le faq)',
    '(leggi|leggiti) (le istruzioni|il manuale|l\'etichetta|la descrizione|le condizioni|il regolamento|le faq) (la prossima volta|prima di (lamentarti|scrivere|commentare|comprare))',
    '(è|e) colpa tua',
    'la colpa (è|e) (solo )?tua',
    '(evidentemente|chiaramente|ovviamente|sicuramente) non (hai|ha) (letto|capito|seguito|guardato)',
    'se (avessi|avesse) (letto|seguito|ascoltato|guardato)',
    'impara a (usarlo|usarla|usare)',
    'errore (tuo|dell\'utente)',
  ],
  /** Minacciare di far sparire la critica. */
  threatenDelete: [
    '(cancelliamo|cancello|cancelleremo|cancellerò|rimuoviamo|rimuoveremo|rimuoverò|blocchiamo|bloccheremo|bloccherò|segnaliamo|segnaleremo|eliminiamo|elimineremo|eliminerò|nascondiamo|nasconderemo) (il (tuo |questo )?(commento|post|profilo)|la (tua |questa )?recensione|i (tuoi )?commenti|l\'account|il profilo)',
    '(il tuo|questo) (commento|post) (verrà|sarà|viene) (cancellato|rimosso|eliminato|nascosto|segnalato)',
    '(la tua|questa) recensione (verrà|sarà|viene) (cancellata|rimossa|eliminata|nascosta|segnalata)',
    '(continua così|un altro commento|scrivilo ancora|riprova)[^.!?\\n]{0,40}(cancell|blocc|bann|rimuov|elimin|segnal)\\p{L}*',
    '(cancello|cancelliamo) e (blocco|blocchiamo|banno|banniamo)',
    '(verrà|verranno|sarà|saranno) (bannat|bloccat|espuls|rimoss|cancellat)[oaie]( (senza preavviso|subito|immediatamente))?',
  ],
};
