/** Appelli a un'autorità che nessuno può verificare: diffondono errori quando il post non cita la fonte. */
export const vagueAuthority: readonly string[] = [
  '(gli |alcuni |numerosi |diversi |molti |tutti gli |recenti )?studi (dimostrano|confermano|provano|hanno dimostrato|hanno confermato|rivelano|dicono|parlano chiaro)',
  '(la )?(ricerca|scienza) (dimostra|conferma|ha dimostrato|dice|parla chiaro)', 'le statistiche (dimostrano|dicono|parlano chiaro)',
  '(uno|un|una|un recente|una recente|un nuovo|una nuova) (studio|ricerca|indagine|sondaggio) (ha dimostrato|dimostra|rivela|ha rivelato|conferma|dice)',
  '(è )?scientificamente (provato|dimostrato)', '(è )?(dimostrato|provato) scientificamente', 'è (dimostrato|provato) che',
  'è un (dato di )?fatto( che)?', 'è risaputo( che)?', "(tutti )?gli esperti (sono d'accordo|concordano|dicono|confermano|consigliano)",
  'tutti (gli esperti )?concordano', '(lo )?sanno tutti', 'tutti sanno( che)?', 'si sa che(?<!non si sa che)', 'sappiamo tutti che',
  'come tutti sappiamo', 'i (numeri|dati) non mentono', 'i dati parlano chiaro',
  // Un dibattito dichiarato chiuso: un'affermazione travestita da verità accertata.
  '(la )?(scienza|ricerca|medicina) ha (parlato|deciso|già deciso)', "non c'è (discussione|dibattito|storia|partita)( che tenga)?",
  '(fine della|e fine della) (discussione|storia)', '(punto e basta|punto\\.? fine)', '(la questione|il dibattito|la discussione) è chius[oa]',
  'nessun (vero |serio |bravo |esperto )?(esperto|scienziato|medico|economista|ricercatore|professionista) (serio )?(lo )?(mette in dubbio|contesta|discute|nega|direbbe il contrario)',
  'è (un fatto )?(innegabile|indiscutibile|incontestabile)',
];

/** Promesse assolute sui risultati: niente funziona sempre. */
export const absolutePromise: readonly string[] = [
  'funziona sempre', 'non fallisce mai', 'non sbaglia mai', 'garantit[oaie] al 100\\s?%', '(risultati|successo) garantit[oi]( al 100\\s?%)?',
  '(funziona|efficace) al 100\\s?%', 'al 100\\s?% (garantito|efficace|sicuro)', 'infallibil[ei]', 'funziona ogni volta',
  'successo assicurato', 'risultati assicurati',
];
