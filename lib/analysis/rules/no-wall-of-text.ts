import * as z from 'zod';
import { defineRule } from '../define-rule';

/** What a reader takes in at a glance (an X post's worth): never a wall, however many short sentences it holds. */
const GLANCE_CHARACTERS = 280;
/**
 * Lines averaging at most this (about three lines on a phone) already break a block up: a list or a
 * one-thought-per-line post scans well without blank lines between its lines.
 */
const SCANNABLE_LINE_CHARACTERS = 120;
/** A bullet, a number or an emoji at the start of a line opens a list item: a block of its own. */
const LIST_ITEM = /^\s*(?:[-–—•*·▪►▸→✓✔]\s|\d{1,2}[.)]\s|\p{Extended_Pictographic})/u;

/** A run of lines a reader sees as one block: a paragraph, or one item of a list. */
interface Block {
  start: number;
  end: number;
  characters: number;
  sentences: number;
  lines: number;
}

/**
 * A long block with no paragraph break, which readers on a feed skip rather than read.
 * Platforms whose whole post fits in `maxParagraphCharacters` (X, Bluesky, Threads, Mastodon) are
 * skipped: the post is one glance there. Generic drafts are checked, because the CLI and the popup
 * use `generic` for text headed for long-form platforms, and a wall reads badly on any screen.
 */
export default defineRule({
  id: 'no-wall-of-text',
  category: 'length',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  // Paragraphs of 300–500 characters are ordinary on Reddit and Facebook: in the training posts every
  // block flagged at those sizes was one a writer left unbroken on purpose, every real wall had 770 or more.
  options: z.object({
    maxParagraphCharacters: z.number().int().positive().default(700),
    maxParagraphSentences: z.number().int().positive().default(8),
  }),
  messageIds: ['wallOfText'],
  messages: {
    en: {
      name: 'Wall of text',
      description: 'Flags a block with no paragraph break that is longer than a reader scans (by default 700 characters, or more than 8 sentences), on platforms where posts can be that long.',
      messages: {
        wallOfText: {
          message: '{characters} characters and {sentences} sentences in one block, with no break.',
          why: 'In a feed people scan before they read; a dense block looks like work and gets scrolled past, even when the content is good.',
          fix: 'Break it into short paragraphs of one idea each (one to three sentences), with a blank line between them.',
        },
      },
    },
    it: {
      name: 'Muro di testo',
      description: 'Segnala un blocco senza a capo più lungo di quanto si riesca a scorrere con lo sguardo (per impostazione predefinita oltre 700 caratteri o 8 frasi), sulle piattaforme dove i post possono essere così lunghi.',
      messages: {
        wallOfText: {
          message: '{characters} caratteri e {sentences} frasi in un unico blocco, senza a capo.',
          why: 'Nel feed prima si scorre e poi si legge: un blocco compatto scoraggia e viene saltato, anche quando il contenuto è buono.',
          fix: 'Dividilo in paragrafi brevi, uno per idea (da una a tre frasi), separati da una riga vuota.',
        },
      },
    },
  },
  examples: {
    flagged: [
      {
        text: "We spent six months rebuilding our onboarding and most of what we believed going in turned out to be wrong. We thought people dropped out because the product was hard to understand, so we wrote more help pages and recorded videos. Nobody watched them. Then we sat with twelve new customers and watched them sign up, and the problem was obvious within an hour: the form asked for a VAT number on the second screen, and half of them had to go and find it. We moved that question to the first invoice. Completion went from 41% to 68% in a month. The videos are still up, and a few accountants setting up a client do watch them. The lesson for us was simple: watch people before you write anything, because an afternoon with one real customer beats a month of guessing.",
        platform: 'linkedin',
      },
      {
        text: "Abbiamo passato sei mesi a rifare l'onboarding e quasi tutto quello che pensavamo all'inizio si è rivelato sbagliato. Eravamo convinti che le persone abbandonassero perché il prodotto era difficile, così abbiamo scritto guide e girato video. Non li ha guardati nessuno. Poi ci siamo seduti accanto a dodici nuovi clienti mentre si registravano e il problema è saltato fuori in un'ora: il modulo chiedeva la partita IVA alla seconda schermata e metà di loro doveva andare a cercarla. Abbiamo spostato la domanda alla prima fattura e il completamento è passato dal 41% al 68% in un mese. I video sono ancora online e qualche commercialista li guarda quando configura un cliente. La lezione per noi è stata semplice: osserva le persone prima di scrivere qualsiasi cosa, perché un pomeriggio con un cliente vero vale più di un mese di ipotesi.",
        platform: 'facebook',
      },
    ],
    ok: [
      {
        text: "We spent six months rebuilding our onboarding. Most of what we believed going in was wrong.\n\nWe thought people dropped out because the product was hard, so we wrote help pages. Nobody read them.\n\nThen we watched twelve new customers sign up. The form asked for a VAT number on screen two, and half of them had to go and find it.\n\nWe moved that question to the first invoice. Completion went from 41% to 68% in a month.\n\nWatch people before you write anything.",
        platform: 'linkedin',
      },
      {
        text: "Cosa mettere nello zaino per una giornata in montagna:\n- acqua, almeno un litro e mezzo\n- una giacca antivento anche se c'è il sole\n- crema solare e occhiali\n- qualcosa di salato da mangiare\n- la cartina, perché il telefono si scarica\n- un piccolo kit di pronto soccorso\n- un telo leggero per sedersi\nE soprattutto: dite a qualcuno dove andate.",
        platform: 'facebook',
      },
    ],
  },
  check({ lines, platform, options, report }) {
    const { maxParagraphCharacters, maxParagraphSentences } = options;
    if (platform.limit !== null && platform.limit <= maxParagraphCharacters) return;
    let block: Block | null = null;
    const close = () => {
      if (!block) return;
      const { characters, sentences, lines: lineCount } = block;
      const tooLong = characters > maxParagraphCharacters;
      const tooDense = sentences > maxParagraphSentences && characters > GLANCE_CHARACTERS;
      const brokenIntoLines = lineCount > 1 && characters / lineCount <= SCANNABLE_LINE_CHARACTERS;
      // A single sentence has nowhere to break (max-sentence-length speaks for it), and neither has
      // a pasted token.
      if ((tooLong || tooDense) && sentences > 1 && !brokenIntoLines) {
        report({ messageId: 'wallOfText', data: { characters, sentences }, span: { start: block.start, end: block.end } });
      }
      block = null;
    };
    for (const line of lines) {
      const blank = !line.text.trim();
      if (blank || LIST_ITEM.test(line.text)) close();
      if (blank) continue;
      if (block) {
        // Graphemes, as a reader counts characters; the newline inside the block counts one.
        block.characters += 1 + line.graphemes;
        block.sentences += line.sentences.length;
        block.lines++;
        block.end = line.end;
      } else {
        block = { start: line.start, end: line.end, characters: line.graphemes, sentences: line.sentences.length, lines: 1 };
      }
    }
    close();
  },
});
