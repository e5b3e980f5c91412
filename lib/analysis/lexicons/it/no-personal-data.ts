/** Caselle che un'organizzazione pubblica apposta: "ufficiostampa@", "lavoraconnoi@". */
export const roleMailboxes: readonly string[] = [
  'acquisti', 'amministrazione', 'assistenza', 'candidature', 'clienti', 'commerciale', 'comunicazione',
  'contatti', 'direzione', 'eventi', 'fatture', 'fatturazione', 'informazioni', 'lavora', 'lavoraconnoi',
  'ordini', 'pec', 'personale', 'prenotazioni', 'protocollo', 'reclami', 'redazione', 'risorseumane',
  'segreteria', 'servizioclienti', 'soci', 'stampa', 'tesseramento', 'ufficio', 'ufficiostampa', 'vendite',
  'volontari', 'volontariato', 'donazioni', 'sportello', 'iscrizioni', 'scuola', 'biblioteca',
];

/** Indirizzi che negli esempi stanno per "qualcuno" (parte locale intera, senza punti né trattini); anche tutti quelli che iniziano con "tuo" o "tua". */
export const placeholderMailboxes: readonly string[] = ['nome', 'nomecognome', 'utente', 'qualcuno', 'mariorossi'];

/** Parole subito prima di un numero che dicono che è il numero di una persona. */
export const personalPhoneCues: readonly string[] = [
  '(chiamami|chiamatemi|chiamatela|chiamatelo|chiamala|chiamalo|contattami|contattatemi|contattatela|contattatelo|scrivimi)( al| allo| su whatsapp)?',
  '(il )?(mio|suo|tuo) (numero|cellulare)( di telefono)?( è)?', 'numero (personale|privato)( è)?',
];

/** Etichette subito prima di un numero che dicono che è un telefono, di chiunque sia. */
export const phoneLabels: readonly string[] = [
  'tel', 'tel\\.', 'telefono', 'cellulare', 'cell', 'cell\\.', 'fax', 'whatsapp', 'recapito( telefonico)?',
  'numero di (telefono|cellulare)',
];

/** Parole sulla stessa riga di un numero che lo rendono un numero che un'attività pubblica perché la si chiami. */
export const publicPhoneCues: readonly string[] = [
  'chiamaci', 'chiamateci', 'contattaci', 'contattateci', 'numero verde', 'servizio clienti', 'assistenza clienti',
  'centralino', 'segreteria', 'prenotazioni', 'prenota( al| allo)?', 'info e prenotazioni', 'emergenza',
  '(il )?nostro (nuovo )?(numero|ufficio|negozio|studio|ristorante)', '(la )?nostra (nuova )?sede', 'sede',
  'indirizzo', 'ufficio stampa', 'biglietteria', 'call center', 'aperti', 'orari( di apertura)?',
  'consegna a domicilio', 'ristorante', 'pizzeria', 'trattoria', 'albergo', 'farmacia', 'palestra', 'centro estetico',
  'parrucchiere', 'negozio',
  // Servizi pubblici e orari: un numero pubblicato perché chiunque chiami.
  'clinica', 'ospedale', 'ambulatorio', 'comune', 'municipio', 'sportello', 'associazione', 'biblioteca', 'scuola',
  '24 ore su 24', '(dal )?lunedì (al|-) (venerdì|sabato)', 'attivo (tutti i giorni|24)', 'numero (unico|dedicato|attivo)',
];

/**
 * Un invito a chi legge subito prima del numero ("Chiamate il 333…", "scriveteci su WhatsApp al…"): in
 * una riga scritta con la voce di un'attività (vedi `businessVoice`), è il numero dell'attività.
 */
export const publicCallCues: readonly string[] = [
  'chiama(te)?', 'telefona(te)?', 'scrivi(te)?(ci)?( su whatsapp)?', 'whatsapp', 'contatta(te)?(ci)?',
];

/** Parole di un'attività che parla ai clienti: "noi", "nostro", un'offerta o un prezzo. */
export const businessVoice: readonly string[] = [
  'noi', 'nostr[oaie]', 'gratis', 'gratuit[oaie]', 'sconto', 'offerta', 'prezz[oi]', 'preventiv[oi]', 'prenota(te|zioni)?',
  'posti', '\\d+ ?% di sconto',
];

/** Parole prima di un numero lungo che dicono che non è un telefono. */
export const notPhoneCues: readonly string[] = [
  'ordine', 'fattura', 'pratica', 'protocollo', 'codice', 'cod\\.', 'n\\.', 'num\\.', 'matricola', 'lotto',
  'spedizione', 'polizza', 'sinistro', 'conto', 'c/c', 'cap', 'iban', 'partita iva', 'p\\.?( )?iva', 'seriale',
];

/** Parole dopo un numero che lo rendono una quantità. */
export const quantityUnits: readonly string[] = [
  'euro', 'visualizzazioni', 'utenti', 'persone', 'abitanti', 'iscritti', 'copie', 'volte', 'parole',
  'caratteri', 'passi', 'anni', 'clienti', 'dipendenti',
];

/** Parole intorno a un numero di carta che dicono che è un numero di prova documentato. */
export const testCardCues: readonly string[] = ['carta di (test|prova)', 'di prova', 'di test', 'finta', 'finto', 'esempio'];

/** Etichette prima di una partita IVA. */
export const vatLabels: readonly string[] = ['p\\.?( )?iva', 'partita iva', 'p\\.i\\.', 'c\\.f\\.( )?e( )?p\\.?( )?iva', 'c\\.f\\./p\\.?( )?iva'];

/** Forme societarie: una partita IVA accanto a una di queste è dell'azienda, pubblicata per legge. */
export const companyForms: readonly string[] = [
  's\\.r\\.l\\.?s?', 'srl', 'srls', 's\\.p\\.a\\.?', 's\\.n\\.c\\.?', 'snc', 's\\.a\\.s\\.?', 'sas',
  'soc\\.?( )?coop\\.?', 'società', 'onlus',
];
