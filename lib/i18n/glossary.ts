/**
 * The glossary: one term per concept, in English and in Italian, for every text the user reads (the
 * interface, the rules' messages, the CLI, the store listing). The interface catalogues take the
 * category, severity, fold and platform names from here, and `tests/conventions.test.ts` checks every
 * text against it: the `avoid` forms must not appear, so a concept keeps one name everywhere.
 *
 * Italian follows the way Italian social media managers write: "tu", "chi legge", the labels the
 * Italian platforms themselves show, and no calques. Contributors: add a term here before using a new
 * word for a recurring concept, and list the tempting wrong forms under `avoid`.
 */
import type { CategoryId, Language, PlatformId } from '../analysis/ids';

export interface Term {
  en: string;
  it: string;
  /** Forms that must not appear (case-insensitive), because they name the same concept differently or wrongly. */
  avoid?: { en?: readonly string[]; it?: readonly string[] };
}

/** The five categories, as the interface names them. */
export const categoryTerms: Readonly<Record<CategoryId, Term>> = {
  'self-promotion': {
    en: 'Self-promotion',
    it: 'Autopromozione',
    avoid: { en: ['self promotion'], it: ['auto-promozione', 'autocelebrazione'] },
  },
  inappropriate: {
    en: 'Inappropriate',
    it: 'Contenuti inappropriati',
    avoid: { it: ['contenuto inadeguato', 'contenuti inadeguati', 'contenuti non appropriati'] },
  },
  confidential: {
    en: 'Confidential',
    // "Confidenziale" means "in confidence, familiar": the trade says "riservato".
    it: 'Informazioni riservate',
    avoid: { it: ['confidenziale', 'confidenziali', 'informazioni private'] },
  },
  length: { en: 'Length', it: 'Lunghezza' },
  'reader-value': {
    en: 'Value for readers',
    it: 'Valore per chi legge',
    avoid: { en: ['value for the reader', 'reader value'], it: ['valore per il lettore', 'valore per i lettori', 'valore per il pubblico'] },
  },
};

/**
 * The link that folds a long post on LinkedIn and Instagram, as each platform labels it in that
 * language. In Italian both show "…altro"; say "prima di "…altro"" (never "prima del "altro"").
 */
export const foldTerm: Term = {
  en: 'see more',
  it: '…altro',
  avoid: { en: ['read more', 'show more'], it: ['vedi altro', 'mostra altro', 'leggi tutto', 'leggi di più', 'prima del "'] },
};

/** Severity labels. `info` is a "consiglio" in Italian, so a badge never reads "1 suggerimento: Suggerimento". */
export const severityTerms = {
  ok: { en: 'OK', it: 'OK' },
  info: { en: 'Tip', it: 'Consiglio' },
  warning: { en: 'Warning', it: 'Avviso' },
  error: { en: 'Error', it: 'Errore' },
  off: { en: 'Off', it: 'Disattivata', avoid: { it: ['spenta', 'spento'] } },
} as const satisfies Record<string, Term>;

/**
 * What a finding is called, in the interface and in summaries ("3 suggerimenti"). The worst of
 * several is "il più grave".
 */
export const findingTerm: Term = {
  en: 'suggestion',
  it: 'suggerimento',
  avoid: { it: ['il più serio'] },
};

/** A draft with no platform chosen: named in the interface's language, never "Generic". */
export const anyPlatformTerm: Term = {
  en: 'Any platform',
  it: 'Qualsiasi piattaforma',
  avoid: { en: ['generic platform', 'on Generic'], it: ['generic', 'any platform'] },
};

/** Other recurring terms of the trade. */
export const tradeTerms = {
  reader: {
    en: 'reader',
    // Inclusive, and the way the rest of the product speaks.
    it: 'chi legge',
    avoid: { it: ['il tuo lettore', 'il lettore', 'i lettori', 'i tuoi lettori', 'tuo lettore'] },
  },
  buzzword: {
    en: 'buzzword',
    // "Parole d'ordine" are passwords or slogans.
    it: 'buzzword',
    avoid: { it: ["parole d'ordine", "parola d'ordine"] },
  },
  callToAction: { en: 'call to action', it: 'call to action', avoid: { it: ["invito all'azione", "inviti all'azione"] } },
  composeBox: { en: 'compose box', it: 'riquadro di scrittura', avoid: { it: ['casella di composizione', 'box di scrittura'] } },
  draft: { en: 'draft', it: 'bozza' },
  rule: { en: 'rule', it: 'regola' },
  // The post score (0-100) and the private progress history.
  score: { en: 'score', it: 'punteggio', avoid: { it: ['voto del post'] } },
  history: { en: 'history', it: 'storico' },
  turnOff: { en: 'turn off', it: 'disattiva', avoid: { it: ['spegni', 'accendi', 'accendilo', 'spegnilo'] } },
  byDefault: { en: 'by default', it: 'per impostazione predefinita', avoid: { it: ['di base)', '(di base'] } },
  whyItMatters: { en: 'Why it matters', it: 'Perché è importante', avoid: { it: ['perché conta'] } },
  googleDocs: { en: 'Google Docs', it: 'Documenti Google', avoid: { it: ['Google Documenti'] } },
  consumerCode: {
    en: 'consumer-protection law',
    it: 'Codice del consumo',
    // There is no "legge sui consumatori"; the rules are the Codice del consumo (D.lgs. 206/2005), enforced by AGCM.
    avoid: { it: ['legge sui consumatori', 'norme sui consumatori'] },
  },
} as const satisfies Record<string, Term>;

/**
 * Calques and slips an Italian editor would strike out, with what to write instead. Checked in every
 * Italian text.
 */
export const italianCalques: readonly { avoid: string; use: string }[] = [
  { avoid: 'dire il punto', use: 'andare dritto al punto, il messaggio chiave' },
  { avoid: 'dica il punto', use: 'vada dritta al punto' },
  { avoid: 'dicono il punto', use: 'entrano nel merito' },
  { avoid: 'apri con il punto', use: 'apri con il messaggio chiave' },
  { avoid: 'subito dal punto', use: 'entra subito nel merito' },
  { avoid: 'riusare', use: 'applicare, mettere in pratica' },
  { avoid: 'sembra fatica', use: 'scoraggia, chiede troppo sforzo' },
  { avoid: 'è il modo in cui', use: 'è così che' },
  { avoid: 'in cambio di un consenso', use: 'in cambio di un "sono d\'accordo"' },
  { avoid: 'taglia il post', use: 'il post viene troncato' },
  { avoid: 'se sei arrabbiato', use: 'se sei arrabbiata o arrabbiato; se la rabbia…' },
];

/**
 * A platform's name inside a sentence ("su qualsiasi piattaforma"): brands keep their capital, the
 * generic platform is written in lower case.
 */
export function platformInSentence(id: PlatformId, brandName: string, language: Language): string {
  return id === 'generic' ? anyPlatformTerm[language].toLowerCase() : brandName;
}

/** Every term of the glossary, for the checks that run over all of them. */
export const allTerms: readonly Term[] = [
  ...Object.values(categoryTerms),
  foldTerm,
  ...Object.values(severityTerms),
  findingTerm,
  anyPlatformTerm,
  ...Object.values(tradeTerms),
];
