import * as z from 'zod';
import { defineRule } from '../define-rule';
import { findMatchesByLine } from '../line-matches';
import { compileByLanguage, type Match } from '../lexicon';
import * as en from '../lexicons/en/no-engagement-bait';
import * as it from '../lexicons/it/no-engagement-bait';
import { keepDisjoint } from '../overlaps';
import type { Language } from '../schema';

const kinds = ['voteBait', 'reactBait', 'shareBait', 'tagBait', 'commentBait'] as const;
type Kind = (typeof kinds)[number];

const patterns = Object.fromEntries(kinds.map((kind) => [kind, compileByLanguage({ en: en[kind], it: it[kind] })])) as Record<
  Kind,
  Record<Language, RegExp>
>;
const keywordBait = compileByLanguage({ en: en.commentKeywordBait, it: it.commentKeywordBait }, { caseSensitive: true });
const helpRequests = compileByLanguage({ en: en.helpRequests, it: it.helpRequests });

/** Meta exempts asking for help (a missing person, a fundraiser): sharing and tagging spread it. */
const exemptForHelp: ReadonlySet<Kind> = new Set(['shareBait', 'tagBait']);

/**
 * Engagement bait as Meta defines it: posts that ask for reactions, shares, tags or comments to game
 * reach. Platforms demote them, and readers feel used. Genuine questions are not bait.
 */
export default defineRule({
  id: 'no-engagement-bait',
  category: 'reader-value',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({}),
  messageIds: kinds,
  messages: {
    en: {
      name: 'Engagement bait',
      description:
        'Flags requests for reactions, shares, tags or comments made to game reach ("Like if you agree", "Tag a friend who…", "Comment YES"), as Meta defines engagement bait. Genuine questions and requests for help are fine.',
      messages: {
        voteBait: {
          message: '"{phrase}" turns reactions into a ballot.',
          why: 'Meta demotes posts that ask people to vote with reactions, and the count says nothing about what readers think.',
          fix: "Ask the question plainly and invite answers in the comments, or use the platform's poll feature.",
        },
        reactBait: {
          message: '"{phrase}" asks for likes instead of earning them.',
          why: 'Platforms demote posts that ask for reactions, and readers notice the request more than the content.',
          fix: 'Cut the request and make the post worth reacting to: a concrete point, an example, a question you really want answered.',
        },
        shareBait: {
          message: '"{phrase}" asks for shares in exchange for agreement or a prize.',
          why: 'Share baiting is demoted by Meta and spreads the post to people who never chose it; a share-to-win contest is also a prize promotion, with its own legal rules.',
          fix: "Give readers a reason to share: something useful for someone they know. For a contest, follow the platform's promotion rules and the law on prize promotions.",
        },
        tagBait: {
          message: '"{phrase}" asks readers to tag friends to spread the post.',
          why: 'Tag baiting is demoted by Meta and drags people into a thread they did not choose.',
          fix: 'Write for the person you want reached, and let readers decide whom to send it to.',
        },
        commentBait: {
          message: '"{phrase}" asks for a canned comment, not an opinion.',
          why: 'Comments like "YES" or a keyword game the algorithm; Meta demotes them and readers learn to ignore the post.',
          fix: 'Ask a real question readers can answer in their own words. To send a resource, put the link in the post.',
        },
      },
    },
    it: {
      name: 'Engagement bait',
      description:
        'Segnala le richieste di reazioni, condivisioni, tag o commenti fatte per ingannare l\'algoritmo ("Metti mi piace se sei d\'accordo", "Tagga un amico che…", "Commenta SÌ"), secondo la definizione di engagement bait di Meta. Le domande vere e le richieste di aiuto vanno bene.',
      messages: {
        voteBait: {
          message: '"{phrase}" trasforma le reazioni in una votazione.',
          why: 'Meta penalizza i post che chiedono di votare con le reazioni, e il conteggio non dice cosa pensa davvero chi legge.',
          fix: 'Fai la domanda in modo diretto e invita a rispondere nei commenti, oppure usa la funzione sondaggio della piattaforma.',
        },
        reactBait: {
          message: '"{phrase}" chiede like invece di meritarli.',
          why: 'Le piattaforme penalizzano i post che chiedono reazioni, e chi legge nota la richiesta più del contenuto.',
          fix: "Togli la richiesta e rendi il post degno di una reazione: un'idea concreta, un esempio, una domanda di cui ti interessa davvero la risposta.",
        },
        shareBait: {
          message: '"{phrase}" chiede di condividere per dire "sono d\'accordo" o per vincere un premio.',
          why: 'Meta penalizza le richieste di condivisione, che portano il post a persone che non l\'hanno scelto. E un "condividi e vinci" è un concorso a premi, regolato dal DPR 430/2001.',
          fix: 'Dai a chi legge un motivo per condividere: qualcosa di utile per una persona che conosce. Per un concorso, rispetta il DPR 430/2001 e le regole della piattaforma sulle promozioni.',
        },
        tagBait: {
          message: '"{phrase}" chiede di taggare amici per diffondere il post.',
          why: 'Meta penalizza le richieste di tag, che trascinano le persone in una discussione che non hanno scelto.',
          fix: 'Scrivi per la persona che vuoi raggiungere e lascia che sia chi legge a decidere a chi inoltrare il post.',
        },
        commentBait: {
          message: '"{phrase}" chiede un commento preconfezionato, non un\'opinione.',
          why: 'Commenti come "SÌ" o una parola chiave servono solo a ingannare l\'algoritmo; Meta li penalizza e chi legge impara a ignorare il post.',
          fix: 'Fai una domanda vera, a cui si possa rispondere con parole proprie. Se vuoi inviare una risorsa, metti il link nel post.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Like if you agree that Mondays should be illegal! 👍',
      'Comment GUIDE and I’ll DM you my hiring playbook.',
      'Tagga un amico che ha bisogno di una vacanza! 🏖️',
      'Scrivi "INFO" nei commenti e ti mando il programma.',
    ],
    ok: [
      'What would you add to this checklist?',
      'Voi come gestite le riunioni del lunedì?',
      'Our dog Luna has gone missing near Parco Sempione. Please share with as many friends as you can and tag anyone who lives nearby.',
    ],
  },
  check(ctx) {
    const found: Array<Match & { kind: Kind }> = [];
    const help = helpRequests[ctx.language];
    help.lastIndex = 0;
    const helpRequest = help.test(ctx.text);
    for (const kind of kinds) {
      if (helpRequest && exemptForHelp.has(kind)) continue;
      for (const match of findMatchesByLine(ctx, patterns[kind][ctx.language])) found.push({ ...match, kind });
    }
    for (const match of findMatchesByLine(ctx, keywordBait[ctx.language])) found.push({ ...match, kind: 'commentBait' });
    // "comment YES if" is also a keyword in capitals: report it once.
    for (const { kind, start, end, text } of keepDisjoint(found)) {
      ctx.report({ messageId: kind, data: { phrase: text }, span: { start, end } });
    }
  },
});
