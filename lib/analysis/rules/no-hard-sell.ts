import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileLexicon, findMatches, lazyByLanguage, type Match } from '../lexicon';
import { mergeOverlapping } from '../overlaps';
import { hardSell as en } from '../lexicons/en/no-hard-sell';
import { hardSell as it } from '../lexicons/it/no-hard-sell';
import type { Language } from '../schema';

type Pressure = 'buyNow' | 'dmMe' | 'followMe';
const pressures: readonly Pressure[] = ['buyNow', 'dmMe', 'followMe'];
/** "DM me!" alone is a request for a private sale even with no sales word beside it. */
const MAX_BARE_REQUEST_WORDS = 5;

/**
 * Words that may stand before an imperative without making it a description ("so DM me", "please
 * subscribe"), and emoticons, which end in a letter.
 */
const softeners: Record<Language, string> = {
  en: "please|pls|plz|pleas|just|so|and|or|then|now|also|actually|kindly|simply|come|go|guys|everyone|folks|friends|fam|y'all|yall|hey|hi|hello|yo|ok|okay|oh|lol|plus|but|today|feel free to|go ahead and|hesitate to|sure to|why not|forget to|(?:wouldn'?t|would not|do you) mind|(?:moment|minute|min|sec|second|seconds|time) to|(?:if )?(?:you|u|ya|y'all|yall|you guys|u guys|everyone|everybody|anyone)(?: (?:can|could|should|would|must|gotta|need to|have to|want to|wanna|will|just|please))*|[:;x]-?[dp]",
  it: "per favore|per piacere|dai|quindi|e|o|ora|adesso|allora|poi|subito|anche|intanto|inoltre|oppure|ma|amici|ragazzi|ciao|ehi|basta|semplicemente|potete|puoi|vi invito a|ti invito a|non dimenticare di|non dimenticate di|ricordati di|ricordatevi di",
};
// A clause starts after any mark that is not a letter (punctuation, emoji, a digit ending a link) or after a softener.
const clauseStart = Object.fromEntries(
  (Object.keys(softeners) as Language[]).map((language) => [
    language,
    new RegExp(`(?:[^\\p{L}\\s'’]|(?<![\\p{L}\\p{N}_])(?:${softeners[language]}))\\s*$`, 'iu'),
  ]),
) as Record<Language, RegExp>;

type Kind = Pressure | 'linkInBio';
interface Patterns {
  /** Every imperative entry in one pattern, and every entry that counts anywhere in another: two scans per sentence. */
  imperative: RegExp;
  anywhere: RegExp;
  /** Which kind a hit of the combined patterns is, tried at the hit's start. */
  kinds: Array<{ kind: Kind; imperative: boolean; at: RegExp }>;
  usefulLink: RegExp;
  helpOffer: RegExp;
  salesContext: RegExp;
}

function sticky(entries: readonly string[]): RegExp {
  const pattern = compileLexicon(entries);
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}

function compile(lexicon: typeof en | typeof it): Patterns {
  const groups: Array<{ kind: Kind; imperative: boolean; entries: readonly string[] }> = [
    ...pressures.flatMap((pressure) => [
      { kind: pressure, imperative: true, entries: lexicon[pressure].imperative },
      { kind: pressure, imperative: false, entries: lexicon[pressure].anywhere },
    ]),
    { kind: 'linkInBio' as const, imperative: false, entries: lexicon.linkInBio },
  ].filter((group) => group.entries.length);
  const entries = (imperative: boolean) => groups.filter((group) => group.imperative === imperative).flatMap((group) => group.entries);
  return {
    imperative: compileLexicon(entries(true)),
    anywhere: compileLexicon(entries(false)),
    kinds: groups.map(({ kind, imperative, entries }) => ({ kind, imperative, at: sticky(entries) })),
    usefulLink: compileLexicon(lexicon.usefulLink),
    helpOffer: compileLexicon(lexicon.helpOffer),
    salesContext: compileLexicon(lexicon.salesContext),
  };
}
const compiled: Record<Language, Patterns> = lazyByLanguage({ en: () => compile(en), it: () => compile(it) });

function kindOf(patterns: Patterns, text: string, match: Match, imperative: boolean): Kind | undefined {
  for (const { kind, imperative: isImperative, at } of patterns.kinds) {
    if (isImperative !== imperative) continue;
    at.lastIndex = match.start;
    if (at.test(text)) return kind;
  }
  return undefined;
}

// Cheap gate: a sentence with none of these cannot hold a hard sell (most sentences have none). Word
// stems rather than phrases where a phrase would make the gate slow on long runs of letters.
const prefilter: Record<Language, RegExp> = {
  en: /limited|act now|quote|details|rates|cheack|profile|buy|order|shop|purchase|grab|claim|book|download|install|get (yours|it|one|them|your)|offer|hurry|stock|suppl|(?<!\d)\d+ (pieces |spots |units )?left|ends|expires|last chance|today only|miss (out|this)|money|get paid|earn|from home|\bdms?\b|\bpm\b|inbox|message|slide|contact|info|pric|\bsubs?\b|sub4|subscri|suscri|subcri|subscib|che?c?k|chck|chack|(watch|listen to|look at|visit|go to|head (over )?to|come to|stop by|see|like) (my|our|this)|follow|click|tap (here|on|the|this|my)|bio\b|b1o|help (me|us)|need (more )?(subs|followers)|(love|appreciate|great|wonderful|awesome|amazing|nice|cool) (it )?if|thumbs? up/i,
  it: /corr(i|ete) a|rimast|approfitt|affrett|offert|scont|solo (per )?oggi|esauriment|ultim[ei] (pezzi|disponib|giorni)|scapp|sfugg|guadagn|da casa|scriv|mand(ami|atemi)|contatt|info|prezz|dettagl|iscriv|segui(mi|temi)|visit|pass(a|ate) (su|sul|sulla|da|dal|dalla)|vieni|venite|occhiat|guard|scopr|andate|vai|clicc|tocc|(metti|mettete|lascia|lasciate) (un )?(like|mi piace)|bio\b|b1o|acquist|compr|ordin|prenot|scaric|corr/i,
};

/** Hard-sell calls to action: readers came for the post, not for a sales pitch. */
export default defineRule({
  id: 'no-hard-sell',
  category: 'self-promotion',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['buyNow', 'dmMe', 'followMe'],
  messages: {
    en: {
      name: 'Hard sell',
      description: 'Flags pushy calls to action: "buy now", "limited offer", "DM me for prices", "subscribe to my channel", "link in bio", "follow me".',
      messages: {
        buyNow: {
          message: '"{phrase}" pushes readers to buy.',
          why: 'Urgency and sales pressure read as an advert: people scroll past, and the trust the post could build is spent on one pitch.',
          fix: 'Show what the product solves with a concrete example or result, and let interested readers find the offer on their own.',
        },
        dmMe: {
          message: '"{phrase}" moves the sale into private messages.',
          why: 'Asking for a DM to get prices or details hides information readers expect to see, and feels like the start of a pitch.',
          fix: 'Put the useful details (price, what is included, how it works) in the post, and invite questions in the comments.',
        },
        followMe: {
          message: '"{phrase}" asks readers for follows, subscriptions or visits.',
          why: 'Asking for attention gives readers no reason to give it; people follow accounts that helped them, not accounts that asked.',
          fix: 'Cut the request and make the post worth following: share one useful thing from your channel right here.',
        },
      },
    },
    it: {
      name: 'Vendita aggressiva',
      description: 'Segnala le call to action insistenti: "acquista ora", "offerta limitata", "scrivimi in privato", "iscriviti al mio canale", "link in bio", "seguimi".',
      messages: {
        buyNow: {
          message: '"{phrase}" spinge chi legge a comprare.',
          why: "Urgenza e pressione commerciale fanno sembrare il post una pubblicità: si passa oltre, e la fiducia che il post poteva costruire si brucia in un solo invito all'acquisto.",
          fix: 'Mostra che problema risolve il prodotto con un esempio o un risultato concreto, e lascia che chi è interessato trovi l\'offerta da sé.',
        },
        dmMe: {
          message: '"{phrase}" sposta la vendita nei messaggi privati.',
          why: "Chiedere un messaggio privato per prezzi o dettagli nasconde informazioni che chi legge si aspetta di trovare, e ha il sapore dell'inizio di una trattativa.",
          fix: 'Metti nel post i dettagli utili (prezzo, cosa comprende, come funziona) e invita a fare domande nei commenti.',
        },
        followMe: {
          message: '"{phrase}" chiede a chi legge di seguirti, iscriversi o visitare il tuo canale.',
          why: 'Chiedere attenzione non dà un motivo per concederla: si seguono gli account che sono stati utili, non quelli che l\'hanno chiesto.',
          fix: 'Togli la richiesta e dai a chi legge un motivo per seguirti: condividi qui una cosa utile del tuo canale.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Only 3 left at this price! Buy now before they are gone.',
      'New guide on pricing your freelance work: DM me for rates.',
      'Nuovo tutorial online: iscriviti al mio canale e attiva la campanella!',
      { text: 'Offerta lampo sul corso di Excel, approfitta subito!', language: 'it' },
    ],
    ok: [
      'The talk is free and open to everyone: register here https://example.org/talk',
      'Full recipe in the link in bio: it takes 20 minutes and one pan.',
      { text: 'Seguimi nel ragionamento: se il costo sale del 10%, il margine scende del 30%.', language: 'it' },
      { text: 'Molti mi scrivono in privato per chiedere come ho preparato l\'esame: ecco il mio metodo.', language: 'it' },
    ],
  },
  check({ text, language, report }) {
    if (!prefilter[language].test(text)) return;
    const patterns = compiled[language];

    const atClauseStart = (match: Match) =>
      match.start === 0 || clauseStart[language].test(text.slice(Math.max(0, match.start - 40), match.start));

    const found: Record<Pressure, Match[]> = { buyNow: [], dmMe: [], followMe: [] };
    const linkInBio: Match[] = [];
    const collect = (match: Match, imperative: boolean) => {
      const kind = kindOf(patterns, text, match, imperative);
      if (kind === 'linkInBio') linkInBio.push(match);
      else if (kind) found[kind].push(match);
    };
    for (const match of findMatches(patterns.anywhere, text)) collect(match, false);
    for (const match of findMatches(patterns.imperative, text)) if (atClauseStart(match)) collect(match, true);

    // "Message me" sells only where the sentence is about buying, or is nothing but the request.
    if (found.dmMe.length) {
      const sells = findMatches(patterns.salesContext, text).length > 0 || text.split(/\s+/).length <= MAX_BARE_REQUEST_WORDS;
      found.dmMe = sells ? found.dmMe.filter((match) => !startsWith(patterns.helpOffer, text.slice(match.end, match.end + 60))) : [];
    }
    if (linkInBio.length && !findMatches(patterns.usefulLink, text).length) found.followMe.push(...linkInBio);

    const findings = pressures.flatMap((pressure) => mergeOverlapping(text, found[pressure]).map((match) => ({ pressure, match })));
    for (const { pressure, match } of findings.sort((a, b) => a.match.start - b.match.start)) {
      report({ messageId: pressure, data: { phrase: match.text }, span: match });
    }
  },
});

/** Whether `text` opens (after spaces and commas) with a match of `pattern`. */
function startsWith(pattern: RegExp, text: string): boolean {
  const match = findMatches(pattern, text)[0];
  return match !== undefined && /^[\s,;:–—-]*$/u.test(text.slice(0, match.start));
}
