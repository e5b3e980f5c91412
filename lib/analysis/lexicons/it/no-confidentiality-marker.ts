/** Etichette e istruzioni che segnano ciò che segue come non destinato al pubblico. */
export const confidentialityMarkers: readonly string[] = [
  // "Riservato a", "riservato ai soci" vuol dire "destinato a": non è un'etichetta di riservatezza.
  "(strettamente|assolutamente|altamente|super) (riservat[oaie]|confidenzial[ei])(?!\\s+(a|ai|al|alla|alle|agli|all'|per|solo|esclusivamente)\\b)",
  '(riservato|riservata|riservati|riservate|confidenziale):',
  '[\\[(](riservato|riservata|confidenziale|uso interno)[\\])]',
  '(riservato|riservata|confidenziale) (—|–|-)',
  "(questo|questa|questi|queste) ([\\p{L}]+ )?(è|sono) (strettamente )?(riservat[oaie]|confidenzial[ei])(?!\\s+(a|ai|al|alla|alle|agli|all'|per|solo|esclusivamente)\\b)",
  "(è|sono) (roba|materiale|un'informazione|informazioni) (strettamente )?(riservat[oaie]|confidenzial[ei])(?!\\s+(a|ai|al|alla|alle|agli|all'|per)\\b)",
  '(solo|esclusivamente|riservato|riservata) (per|ad|a) uso interno',
  '(ad|per|a) uso (esclusivamente )?interno',
  'uso interno:',
  '(che )?(resti|rimanga|resta|rimane) tra (noi|me e te|di noi|voi)',
  'detto tra (noi|me e te)',
  'tra (me e te|noi),? (ma|però)',
  'acqua in bocca',
  "(non|da non) (divulgare|diffondere|inoltrare|girare|condividere|pubblicare|postare) (questo|questa|questi|queste|fuori|all'esterno|esternamente|ancora|in giro)",
  'da non (divulgare|diffondere|inoltrare|girare|condividere|pubblicare)',
  "non (condividete|condividetelo|condividetela|inoltratelo|inoltratela|giratelo|diffondetelo|ditelo|dirlo|dite|dite niente|dite nulla) (fuori|a nessuno|all'esterno|in giro)",
  "(sono|siamo|è|tutto) (ancora )?sotto (un |l')?nda",
  "sotto (un |l')?nda(?=[:,)])",
  "coperto da (un |l')?nda",
  'fuori verbale',
  'non per la (distribuzione|diffusione|pubblicazione)',
  'vietata la (diffusione|divulgazione|distribuzione)',
];

/** Parole che mostrano che la frase parla dell'etichetta invece di usarla, o rifiuta di condividere. */
export const aboutCues: readonly string[] = [
  '(che )?cosa (significa|vuol dire|si intende)', 'significato', 'definizione', 'si intende per',
  "(il termine|un termine|la dicitura|l'espressione|un'espressione|la parola|la scritta|l'etichetta|la frase)",
  'non posso', 'non possiamo', 'non potrò', 'non potremo', 'non mi è permesso', 'non ci è permesso',
];
