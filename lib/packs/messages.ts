import type { Language } from '../analysis/schema';

/**
 * The words of rule packs outside the interface: what a pack rule's finding says when the pack gives
 * no "why" or "fix", and why a pack or a policy is rejected. Used by the extension and the CLI alike.
 */
const en = {
  'why.default': 'Your team\'s rule pack "{pack}" asks for this, so every post sounds like the brand and follows its rules.',
  'fix.existence': 'Remove "{match}" or say it another way.',
  'fix.substitution': 'Write "{preferred}" instead of "{match}".',
  'fix.occurrenceMax': 'Keep it to {max} at most (this draft has {count}).',
  'fix.occurrenceMin': 'Add at least {min} (this draft has {count}).',
  'fix.conditional': 'Add one of: {expected}.',
  'fix.required': 'Add one of: {expected}.',
  'fix.placement': 'Move "{match}" to {where}.',
  'where.start': 'the first line',
  'where.fold': 'the lines shown before "see more"',
  'error.at': '{path}: {problem}',
  'error.root': 'the pack',
  'error.notObject': 'a pack is an object with "name", "version" and "rules"',
  'error.syntax': 'not valid JSON or YAML: {reason}',
  'error.tooLarge': 'the file is larger than {limit} kB',
  'error.required': 'missing',
  'error.type': 'should be {expected}',
  'error.value': 'should be one of: {options}',
  'error.unknownKey': 'unknown field "{key}"',
  'error.tooShort': 'too short or empty (at least {minimum})',
  'error.tooLong': 'too long (at most {maximum})',
  'error.ruleType': 'unknown rule type; use existence, substitution, occurrence, conditional or required',
  'error.invalid': 'not valid',
  'error.unknownSetting': 'not a setting Post Coach knows',
  'error.badSetting': 'not a valid value for this setting',
  'error.tooManyWildcards': 'at most two "*" per token',
  'error.onlyWildcards': 'a token needs at least one character besides "*"',
  'error.ruleId': 'a rule id is "namespace/name" in lower case, e.g. "acme/codenames"',
  'error.emptySwap': 'needs at least one entry',
  'error.minOrMax': 'needs "min" or "max"',
  'error.minAboveMax': '"min" is above "max"',
  'error.tokensToCount': 'needs "tokens" to count',
  'error.packName': 'lower case letters, digits and "-" only',
  'error.packVersion': 'a version such as "1.0.0"',
  'error.duplicateId': 'this rule id is used twice',
  'type.string': 'text',
  'type.number': 'a number',
  'type.boolean': 'true or false',
  'type.array': 'a list',
  'type.object': 'an object',
};

const it: Record<keyof typeof en, string> = {
  'why.default': 'Lo chiede il pacchetto di regole "{pack}" del tuo team, perché ogni post abbia la voce del marchio e ne rispetti le regole.',
  'fix.existence': 'Togli "{match}" o dillo in un altro modo.',
  'fix.substitution': 'Scrivi "{preferred}" al posto di "{match}".',
  'fix.occurrenceMax': 'Non andare oltre {max} (questa bozza ne ha {count}).',
  'fix.occurrenceMin': 'Aggiungine almeno {min} (questa bozza ne ha {count}).',
  'fix.conditional': 'Aggiungi una di queste diciture: {expected}.',
  'fix.required': 'Aggiungi una di queste diciture: {expected}.',
  'fix.placement': 'Sposta "{match}" {where}.',
  'where.start': 'nella prima riga',
  'where.fold': 'nelle righe visibili prima di "…altro"',
  'error.at': '{path}: {problem}',
  'error.root': 'il pacchetto',
  'error.notObject': 'un pacchetto è un oggetto con "name", "version" e "rules"',
  'error.syntax': 'non è JSON o YAML valido: {reason}',
  'error.tooLarge': 'il file supera {limit} kB',
  'error.required': 'manca',
  'error.type': 'deve essere {expected}',
  'error.value': 'deve essere uno di questi valori: {options}',
  'error.unknownKey': 'campo sconosciuto "{key}"',
  'error.tooShort': 'troppo corto o vuoto (almeno {minimum})',
  'error.tooLong': 'troppo lungo (al massimo {maximum})',
  'error.ruleType': 'tipo di regola sconosciuto: usa existence, substitution, occurrence, conditional o required',
  'error.invalid': 'non valido',
  'error.unknownSetting': 'non è un\'impostazione di Post Coach',
  'error.badSetting': 'non è un valore valido per questa impostazione',
  'error.tooManyWildcards': 'al massimo due "*" per termine',
  'error.onlyWildcards': 'un termine deve avere almeno un carattere oltre a "*"',
  'error.ruleId': 'l\'id di una regola è "prefisso/nome" in minuscolo, per esempio "acme/nomi-in-codice"',
  'error.emptySwap': 'serve almeno una voce',
  'error.minOrMax': 'serve "min" o "max"',
  'error.minAboveMax': '"min" è maggiore di "max"',
  'error.tokensToCount': 'serve "tokens" da contare',
  'error.packName': 'solo lettere minuscole, cifre e "-"',
  'error.packVersion': 'una versione come "1.0.0"',
  'error.duplicateId': 'questo id di regola è usato due volte',
  'type.string': 'un testo',
  'type.number': 'un numero',
  'type.boolean': 'true o false',
  'type.array': 'un elenco',
  'type.object': 'un oggetto',
};

export type PackMessageKey = keyof typeof en;
export const packMessages: Readonly<Record<Language, Readonly<Record<PackMessageKey, string>>>> = { en, it };

export function packText(language: Language): (key: PackMessageKey, data?: Record<string, string | number>) => string {
  const catalogue = packMessages[language];
  return (key, data) => catalogue[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (data && name in data ? String(data[name]) : placeholder));
}

export function isPackMessageKey(key: string): key is PackMessageKey {
  return key in en;
}

/** The team's own word lists from the options page, run as two pack rules. */
export const teamTermTexts: Readonly<Record<Language, Readonly<Record<'bannedName' | 'bannedMessage' | 'bannedWhy' | 'preferredName' | 'preferredMessage' | 'preferredWhy' | 'confidentialName' | 'confidentialMessage', string>>>> = {
  en: {
    bannedName: "Your team's banned words",
    bannedMessage: '"{match}" is on your team\'s list of words not to use.',
    bannedWhy: 'Your team agreed not to use this word in public: it may be off-brand, a competitor, or risky.',
    preferredName: "Your team's preferred terms",
    preferredMessage: 'Your team writes "{preferred}", not "{match}".',
    preferredWhy: 'One name for one thing makes the brand consistent and easy to search for.',
    confidentialName: "Your team's confidential terms",
    confidentialMessage: '"{match}" is on your team\'s list of confidential terms.',
  },
  it: {
    bannedName: 'Parole da evitare del team',
    bannedMessage: '"{match}" è nell\'elenco delle parole che il tuo team non usa.',
    bannedWhy: 'Il tuo team ha deciso di non usare questa parola in pubblico: può essere fuori tono, il nome di un concorrente o un rischio.',
    preferredName: 'Termini preferiti del team',
    preferredMessage: 'Il tuo team scrive "{preferred}", non "{match}".',
    preferredWhy: 'Un solo nome per ogni cosa rende il marchio coerente e facile da cercare.',
    confidentialName: 'Termini riservati del team',
    confidentialMessage: '"{match}" è nell\'elenco dei termini riservati del tuo team.',
  },
};

/** One problem of a pack or a policy: where it is, as a JSON path (`rules[2].tokens[0]`; empty for the whole), and what is wrong. */
export interface PackError {
  path: string;
  message: string;
}

/** One line per error, "path: problem", for the CLI and the options page. */
export function formatPackError(error: PackError, language: Language): string {
  const t = packText(language);
  return t('error.at', { path: error.path || t('error.root'), problem: error.message });
}
