/**
 * Inviti alla vendita aggressivi, per tipo di pressione sul lettore.
 * Le voci "imperative" contano solo a inizio frase o di proposizione ("scrivimi in privato per i prezzi",
 * non "chi mi scrive in privato").
 */

const ownStuff = '(canale|profilo|pagina|sito|sito web|shop|negozio( online)?|e-?commerce|account|video|playlist|instagram|tiktok|youtube)';

export const hardSell = {
  buyNow: {
    imperative: [
      '(acquista|acquistate|compra|comprate|ordina|ordinate|prenota|prenotate|scarica|scaricate|approfitta|approfittane|approfittate|approfittatene|corri|correte)( (il tuo|la tua|i tuoi|le tue|il vostro|la vostra) \\p{L}+)? (ora|subito|oggi|adesso|oggi stesso|prima che (finisca|finiscano|sia tardi|termini))',
      '(acquista|acquistate|compra|comprate|ordina|ordinate) (qui|online) (ora|subito|oggi|adesso)',
      '(affrettati|affrettatevi|approfittane|approfittatene)',
      'corri a (comprare|ordinare|prendere|acquistare)',
      'correte a (comprare|ordinare|prendere|acquistare)',
    ],
    anywhere: [
      'offerta (limitata|lampo|a tempo( limitato)?|valida (solo )?(oggi|fino a (domani|stasera|mezzanotte|esaurimento))|in scadenza)',
      'sconto (limitato|lampo|valido solo (oggi|fino a))',
      'solo per oggi',
      'solo oggi',
      'fino a esaurimento (scorte|posti)',
      '(ultimi|ultime) (pezzi|pezzi disponibili|disponibilità|giorni per (acquistare|ordinare|approfittare))',
      '(solo|soltanto) \\d+ (pezzi|confezioni|kit) (rimasti|disponibili)',
      // Scarsità: posti o pezzi che finiscono, prezzi che salgono a un'ora data.
      '(ultimi|ultime|solo|soltanto|rimangono|restano|rimasti|rimaste) (\\d+|due|tre|quattro|cinque|pochi|poche|pochissimi|pochissime) (posti|pezzi|biglietti|camere|tavoli|iscrizioni|disponibilità|copie)',
      '(posti|pezzi|biglietti|camere|tavoli) (quasi )?(esauriti|agli sgoccioli|contati|limitati)',
      'il prezzo (raddoppia|sale|aumenta|cambia|torna pieno) (a|da|dopo|domani|stanotte|stasera|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)',
      '(solo|soltanto|valido|vale) (fino a|entro) (mezzanotte|stasera|domani|le ore \\d+|le \\d+)',
      "non (fartel[oa]|fatevel[oa]|lasciartel[oa]|lasciatevel[oa]) (scappare|sfuggire)",
      '(guadagna|guadagnare|guadagnate) (soldi|denaro|\\d+\\s?(€|euro)) (online|da casa|facilmente|subito|ogni (giorno|mese))',
      '(lavora|lavorare|lavorate) da casa (e )?(guadagna|guadagnando)',
    ],
  },
  // Gli imperativi con pronome (scrivimi, contattaci, seguimi) non possono essere descrizioni: contano ovunque.
  dmMe: {
    imperative: [],
    anywhere: [
      '(scrivimi|scrivetemi|scriveteci|scrivici|mandami un messaggio|mandatemi un messaggio|mandami un dm|mandatemi un dm|contattami|contattatemi) (in privato|in dm|in direct|in pvt|in direct message|su whatsapp|via whatsapp)',
      '(contattami|contattatemi|scrivimi|scrivetemi) (per|x) (info|informazioni|maggiori informazioni|prezzi|listino|preventivi?|ordini|ordinare|acquistare|prenotare|dettagli)',
      '(contattaci|contattateci|scrivici|scriveteci) (per|x) (prezzi|listino|preventivi?|ordini|ordinare|acquistare)',
      '(per|x) (info|informazioni|prezzi|listino|ordini|preventivi?) (scrivimi|scrivetemi|contattami|contattatemi|in privato|in dm|in direct|in pvt|su whatsapp)',
      '(info|prezzi|dettagli) in (privato|dm|direct|pvt)',
    ],
  },
  followMe: {
    imperative: [
      `(visita|visitate|passa|passate|vieni|venite|dai un'occhiata|date un'occhiata|guarda|guardate|scopri|scoprite|andate|vai)( (su|sul|sulla|da|dal|dalla|al|alla|a|il|la|nel|nella))? (mio|mia|nostro|nostra|miei|nostri)( \\p{L}+)? ${ownStuff}`,
      '(metti|mettete|lascia|lasciate) (un )?(like|mi piace) (alla|sulla) (mia|nostra) pagina',
    ],
    anywhere: [
      '(iscriviti|iscrivetevi|iscrivitevi) al (mio|nostro) canale',
      '(iscriviti|iscrivetevi) al canale',
      // "Seguimi su Instagram", "seguitemi per altri consigli", ma non "seguimi nel ragionamento".
      '(seguimi|seguitemi)(?=( (su|per|qui|anche|e)|\\s*[^\\s\\p{L}\\p{N}]|\\s*$))',
      '(clicca|cliccate|tocca) (qui|sul link|il link|su questo link|questo link)',
    ],
  },
  linkInBio: ['(link|shop) (in|nella) (bio|biografia)', 'link in b[i1]o'],
  usefulLink: [
    'ricetta', 'ricette', 'guida', 'guide', 'articolo', 'articoli', 'podcast', 'puntata', 'episodio', 'gratis', 'gratuit[oaie]',
    'leggi', 'leggere', 'tutorial', 'checklist', 'template', 'petizione', 'raccolta fondi', 'dona', 'donazioni?', 'iscrizioni?',
    'iscriversi', 'registrati', 'registrazione', 'risorse', 'studio', 'report', 'intervista completa', 'intervista',
  ],
  salesContext: [
    'ordin[ei]', 'ordinare', 'prezz[oi]', 'listino', 'tariff[ae]', 'acquist\\p{L}*', 'comprare', 'prenot\\p{L}*', 'posti', 'offerta', 'sconto',
    'promo', 'disponibilità', 'disponibil[ei]', 'dettagli', 'info', 'informazioni', 'preventiv[oi]', 'interessat[oaie]', 'costo', 'costi',
    '[€$£]\\s?\\d', '\\d+\\s?(€|euro)',
  ],
  helpOffer: ['se (hai|avete) (dubbi|domande)', '(per|con) (qualsiasi|qualunque) (dubbio|domanda)', 'se (ti|vi) (va|serve|servono) (di parlarne|una mano|aiuto)'],
} as const;
