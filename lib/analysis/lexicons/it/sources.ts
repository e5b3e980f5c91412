/** Segni che il post cita la fonte come si scrivono i riferimenti: autori, anni, riviste, etichette. */
export const citations: readonly string[] = [
  'et al\\.?', '(fonte|fonti|via|vedi|cfr)\\s?:', '\\((19|20)\\d{2}\\)', 'pubblicat[oaie] (su|in|da)', 'rivista',
  'doi', 'arxiv', 'pubmed',
  '(studio|ricerca|indagine|rapporto|report|sondaggio|meta-analisi) (del|nel) (19|20)\\d{2}',
  '(studio|ricerca|indagine|rapporto|report|sondaggio) (di|del|della|dell\'|condott[oa] da|pubblicat[oa] da) (\\d{4}|\\p{L}+ (università|istituto))',
];

/** Istituzioni il cui nome vale come fonte quando un'affermazione vi si appoggia. */
export const institutions: readonly string[] = [
  'universit(à|a)', 'istituto', 'istat', 'eurostat', 'censis', 'ocse', 'oms', 'inps', 'inail', "banca d'italia", 'bankitalia',
  'politecnico', 'bocconi', 'harvard', 'stanford', 'mckinsey', 'gartner', 'deloitte', 'nomisma', 'statista', 'eurobarometro',
];

/** Istituzioni note per le maiuscole (OMS sì, "oms" anche, ma ISS non "iss"). */
export const namedInstitutions: readonly string[] = ['MIT', 'OECD', 'WHO', 'BCE', 'FMI', 'HBR', 'ISS', 'CNR', 'ISPRA', 'ENEA'];

/** Riferimenti a un autore o un ente per nome, riconosciuti dalla maiuscola: "secondo Eurostat", "studio di Rossi". */
export const namedCitations: readonly string[] = [
  '[Ss]econdo (il |la |lo |l\'|i |gli |le )?(\\p{Lu}[\\p{L}-]*|rapporto|report|indagine|studio|sondaggio)',
  '(studio|ricerca|indagine|rapporto|sondaggio) (di|del|della|dell\'|condott[oa] da) (\\p{Lu}[\\p{L}-]*|\\d{4})',
  '\\p{Lu}\\p{L}+ (et al|Università|Istituto)',
];
