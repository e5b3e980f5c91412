/** Frasi che dicono che una notizia viene data prima che sia pubblica, chiunque le scriva. */
export const unreleasedStrong: readonly string[] = [
  'embargo fino (a|al|alle|alla|all\')',
  'sotto embargo',
  // A inizio frase, senza soggetto, "non è ancora ufficiale" parla della notizia del post stesso.
  "^non (è|e') ancora (ufficiale|pubblic[oa]|stat[oa] annunciat[oa]|stat[oa] comunicat[oa])",
  'prima (della|dell\')\\s?(comunicazione|annuncio|presentazione|conferenza stampa|call) (ufficiale|con gli analisti|sui risultati|agli analisti)',
  'prima (che|che la notizia|che il deal|che l\'accordo) (sia|diventi|venga) (ufficiale|pubblic[oa]|annunciat[oa]|comunicat[oa])',
  '(lo |l\')(sapete|avete saputo|avete sentito|leggete) qui per (primi|prime)',
  'siete (i primi|le prime) a saperlo',
  'anticipazione:? (i|il|le|gli) (numeri|dati|risultati|conti|fatturato|ricavi|utili)',
  'in anteprima (assoluta )?(i|il|le|gli) (numeri|dati|risultati|conti|fatturato|ricavi|utili)',
  '(siamo|sono) in procinto di (acquisire|fonderci|fondersi|rilevare|comprare|chiudere l\'acquisizione|essere acquisit[ie]|vendere l\'azienda)',
  '(siamo|stiamo) in trattativa per (acquisire|rilevare|comprare|fonderci|la fusione|l\'acquisizione|essere acquisit[ie])',
  'stiamo per (acquisire|rilevare|fonderci|essere acquisit[ie]|chiudere l\'acquisizione|annunciare l\'acquisizione)',
  'non (posso|possiamo) ancora (annunciarlo|annunciarla|dirlo|dirla|annunciare niente|dire niente|ufficializzarlo)(?=,?\\s+ma(?![\\p{L}\\p{N}]))',
  '(numeri|risultati|conti|fatturato|ricavi) del (trimestre|semestre|q[1-4]) prima (della|dell\')\\s?(call|comunicazione|annuncio|pubblicazione)',
];

/** Frasi che fanno pensare a notizie non pubbliche; contano solo se l'azienda parla di sé ("noi", "nostro"). */
export const unreleasedInOwnVoice: readonly string[] = [
  'non (è|e\'|sono) ancora (pubblic[oaie]|ufficial[ei]|stat[oaie] (annunciat[oaie]|comunicat[oaie]|resi? pubblic[oaie]))',
  'non ancora (annunciat[oaie]|comunicat[oaie]|ufficial[ei]|pubblic[oaie]|ufficializzat[oaie])',
  'in trattativa per (acquisire|rilevare|comprare|fondersi|la fusione|l\'acquisizione)',
  '(nessuno|ancora nessuno) (lo sa|ne sa niente|ne è al corrente)( ancora)?',
  '(licenziamenti|esuberi|tagli al personale|ristrutturazione|riorganizzazione) (che )?non (ancora )?(annunciat[oaie]|comunicat[oaie])',
];

/** Parole di un'azienda che parla di sé. */
export const ownVoice: readonly string[] = [
  'noi', 'nostro', 'nostra', 'nostri', 'nostre', 'abbiamo', 'siamo', 'stiamo', '[\\p{L}]+iamo', '[\\p{L}]+remo', 'ci',
];
