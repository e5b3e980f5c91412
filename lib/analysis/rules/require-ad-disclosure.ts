import * as z from 'zod';
import { defineRule } from '../define-rule';
import { findMatchesByLine } from '../line-matches';
import { compileLexicon, type Match } from '../lexicon';
import { mergeOverlapping } from '../overlaps';
import { placedAt } from '../placement';
import { adDisclosure as en } from '../lexicons/en/require-ad-disclosure';
import { adDisclosure as it } from '../lexicons/it/require-ad-disclosure';
import type { Language } from '../schema';

type Lexicon = typeof en | typeof it;
const lexicons: Record<Language, Lexicon> = { en, it };
const compiled = Object.fromEntries(
  (Object.keys(lexicons) as Language[]).map((language) => {
    const lexicon = lexicons[language];
    return [
      language,
      {
        code: compileLexicon(lexicon.code),
        codeToken: compileLexicon(lexicon.codeToken, { caseSensitive: true }),
        personalCode: compileLexicon(lexicon.personalCode),
        affiliate: compileLexicon(lexicon.affiliate),
        partner: compileLexicon(lexicon.partner),
        gift: compileLexicon(lexicon.gift),
        disclosure: compileLexicon(lexicon.disclosure),
        giftDisclosure: compileLexicon(lexicon.giftDisclosure),
        sellerVoice: compileLexicon(lexicon.sellerVoice),
      },
    ];
  }),
) as Record<Language, Record<keyof Lexicon, RegExp>>;

// Cheap gates: each kind of cue needs one of these words, and most posts have none.
const gates: Record<'code' | 'affiliate' | 'partner' | 'gift', (text: string) => boolean> = {
  code: (text) => /code|codic|coupon|voucher/i.test(text),
  affiliate: (text) => /affil|referral|invito|amzn|a\.co\/|amazon|aff/i.test(text),
  // Partner cues all name the brand with an @ mention.
  partner: (text) => text.includes('@') && /partner|collab|teaming|teamed|ambassador/i.test(text),
  gift: (text) => /@|\bpr\b|press/i.test(text),
};

/** Paid or gifted promotion without a disclosure: readers have a right to know, and the law asks for it. */
export default defineRule({
  id: 'require-ad-disclosure',
  category: 'self-promotion',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({}),
  messageIds: ['undisclosedAd', 'undisclosedGift', 'hiddenDisclosure'],
  messages: {
    en: {
      name: 'Undisclosed promotion',
      description: 'Flags a post with a personal discount code, an affiliate link, a brand partner or a gifted product that does not say it is an ad (#ad, "paid partnership", #gifted), or says it only where readers miss it: after "see more" or in the closing hashtags.',
      messages: {
        undisclosedAd: {
          message: '"{phrase}" promotes a brand, but the post does not say it is an ad.',
          why: "Readers trust a recommendation less once they find out it was paid, and consumer-protection rules require a clear disclosure: in the US the FTC's Endorsement Guides (16 CFR Part 255), in the UK the ASA, in Italy the Codice del consumo enforced by the AGCM.",
          fix: 'Add "#ad" or "Paid partnership with @brand" at the start of the post, where readers see it before "see more".',
        },
        undisclosedGift: {
          message: '"{phrase}" mentions a product a brand gave you, but the post does not say so.',
          why: "A free product colours a review: readers expect to be told, and the FTC's Endorsement Guides (16 CFR Part 255) count free products as a connection to disclose.",
          fix: 'Say it plainly near the start: "Gifted by @brand" or "#gifted"; use "#ad" if you were also paid or given a code.',
        },
        hiddenDisclosure: {
          message: '"{phrase}" says the post is an ad, but readers see it only after "see more" or among the closing hashtags.',
          why: "The FTC's Endorsement Guides (16 CFR Part 255) ask for a disclosure that is hard to miss: many readers never expand a post, and skim past a cluster of hashtags.",
          fix: 'Move "{phrase}" to the start of the post, before "see more" and away from the closing hashtags.',
        },
      },
    },
    it: {
      name: 'Promozione non dichiarata',
      description: 'Segnala un post con un codice sconto personale, un link di affiliazione, un marchio partner o un prodotto ricevuto in regalo che non dichiara la pubblicità (#adv, "pubblicità", "prodotto inviato da"), o la dichiara dove chi legge non la vede: dopo "…altro" o tra gli hashtag finali.',
      messages: {
        undisclosedAd: {
          message: '"{phrase}" promuove un marchio, ma il post non dice che è pubblicità.',
          why: "Chi legge si fida meno di un consiglio quando scopre che era pagato, e la pubblicità occulta è una pratica commerciale scorretta per il Codice del consumo (D.lgs. 206/2005), sanzionata dall'AGCM. Anche la Digital Chart dell'IAP, il codice di autodisciplina del settore, chiede una dicitura chiara.",
          fix: 'Aggiungi "#adv", "Pubblicità" o "in collaborazione con @marchio" all\'inizio del post, dove si vede prima di "…altro".',
        },
        undisclosedGift: {
          message: '"{phrase}" parla di un prodotto ricevuto da un marchio, ma il post non lo dichiara.',
          why: "Un prodotto ricevuto gratis influenza il giudizio: chi legge si aspetta di saperlo, e la Digital Chart dell'IAP (autodisciplina, non legge) chiede di dichiararlo.",
          fix: 'Dillo chiaramente all\'inizio: "Prodotto inviato da @marchio"; usa "#adv" se hai ricevuto anche un compenso o un codice.',
        },
        hiddenDisclosure: {
          message: '"{phrase}" dichiara la pubblicità, ma chi legge la vede solo dopo "…altro" o tra gli hashtag finali.',
          why: "Le linee guida AGCOM chiedono di indicare la pubblicità all'inizio del post, e il Codice del consumo vieta la pubblicità occulta: molte persone non aprono mai il post completo e saltano il gruppo di hashtag in fondo.",
          fix: 'Sposta "{phrase}" all\'inizio del post, prima di "…altro" e lontano dagli hashtag finali.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'My skin has never looked better 😍 Use code ANNA20 for 20% off the whole range!',
      'My skin has never looked better 😍 Use code ANNA20 for 20% off the whole range! #skincare #glow #beauty #ad',
      { text: 'Grazie @lunaskincare per avermi inviato la nuova crema: la provo da una settimana e la adoro.', language: 'it' },
    ],
    ok: [
      '#ad Use code ANNA20 for 20% off: I have used this serum for three months and here is what changed.',
      { text: 'Prodotto inviato da @lunaskincare. Dopo una settimana: assorbe in fretta, profumo leggero, pelle meno secca.', language: 'it' },
    ],
  },
  check(ctx) {
    const { text, language, report } = ctx;
    const patterns = compiled[language];
    const find = (pattern: RegExp) => findMatchesByLine(ctx, pattern);
    const scan = (gate: keyof typeof gates, pattern: RegExp) => (gates[gate](text) ? find(pattern) : []);
    const ads: Match[] = [...scan('affiliate', patterns.affiliate), ...scan('partner', patterns.partner)];
    // A shop's own code on its own site is its own advert; a personal code means a deal with a brand.
    const codes = [...scan('code', patterns.code), ...scan('code', patterns.codeToken)];
    if (codes.length && (!find(patterns.sellerVoice).length || find(patterns.personalCode).length)) {
      ads.push(...codes);
    }
    const gifts = scan('gift', patterns.gift);
    if (!ads.length && !gifts.length) return;
    const disclosures = find(patterns.disclosure);
    if (disclosures.length) {
      // A disclosure counts only where readers see it: before the fold, not in the closing hashtags.
      const visible = placedAt(text, ctx.stats.foldAt, 'fold');
      const hidden = disclosures[0]!;
      if (!disclosures.some((disclosure) => visible(disclosure.start))) report({ messageId: 'hiddenDisclosure', data: { phrase: hidden.text }, span: hidden });
      return;
    }

    for (const match of mergeOverlapping(text, ads)) report({ messageId: 'undisclosedAd', data: { phrase: match.text }, span: match });
    if (find(patterns.giftDisclosure).length) return;
    for (const match of mergeOverlapping(text, gifts)) report({ messageId: 'undisclosedGift', data: { phrase: match.text }, span: match });
  },
});
