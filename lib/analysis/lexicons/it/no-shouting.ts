/** Parole maiuscole che non sono urla: sigle e nomi scritti in maiuscolo. */
export const acronyms: readonly string[] = [
  'INPS', 'INAIL', 'ISTAT', 'IRPEF', 'IRES', 'IRAP', 'SPID', 'CCNL', 'ONLUS', 'NASPI', 'ISEE', 'SIAE',
  'ENEL', 'FIAT', 'LUISS', 'POLIMI', 'PNRR', 'MIUR', 'MIMIT', 'MISE', 'CNEL', 'CGIL', 'CISL', 'ANPAL',
  'CONSOB', 'IVASS', 'AGCOM', 'ANAC', 'BCE', 'FMI', 'ASL', 'ATS', 'INAF', 'INFN', 'ENEA', 'ACI', 'ANAS',
  'FS', 'ATAC', 'ATM', 'RAI', 'TIM', 'ENI', 'SNAM', 'TERNA', 'LEONARDO', 'SACE', 'SIMEST', 'ICE', 'UNICREDIT',
  'INTESA', 'BPER', 'MPS', 'COOP', 'CONAD', 'ESSELUNGA', 'SPA', 'SRL', 'SRLS', 'SAPA', 'SNC', 'SAS',
];

/** Parole brevi che sono parole comuni, non sigle: "NON PERDETEVI QUESTA OFFERTA" urla. */
export const shortWords: readonly string[] = [
  'CHE', 'NON', 'PER', 'CON', 'UNA', 'GLI', 'DEL', 'SEI', 'HAI', 'HO', 'MA', 'IL', 'LA', 'LE', 'DI', 'DA',
  'UN', 'LO', 'SI', 'NO', 'SÌ', 'MI', 'TI', 'CI', 'VI', 'NE', 'TRA', 'FRA', 'PIÙ', 'GIÀ', 'ORA', 'MAI', 'TUO',
  'SUO', 'VOI', 'NOI', 'LUI', 'LEI', 'ECCO', 'QUI',
];
