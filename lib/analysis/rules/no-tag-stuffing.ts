import twitter from 'twitter-text';
import * as z from 'zod';
import { defineRule } from '../define-rule';
import type { Span } from '../schema';
import { execAll } from '../exec-all';

/** Fediverse mentions (`@user@server.social`), which twitter-text does not see. */
const REMOTE_MENTION = /(?<![\p{L}\p{N}_/@.])@[\p{L}\p{N}_]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

function mentionSpans(text: string): Span[] {
  const spans = twitter.extractMentionsWithIndices(text).map(({ indices: [start, end] }) => ({ start, end }));
  for (const found of execAll(REMOTE_MENTION, text)) spans.push({ start: found.index, end: found.index + found[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

interface LineTags {
  hashtags: readonly Span[];
  mentions: readonly Span[];
}

/** A line's hashtags and mentions, relative to the line; undefined for a line with neither sign. */
function lineTags(line: string, memo: <T>(key: string, compute: () => T, kind?: string) => T): LineTags | undefined {
  const hasHash = line.includes('#') || line.includes('＃');
  const hasAt = line.includes('@') || line.includes('＠');
  if (!hasHash && !hasAt) return undefined;
  return memo(line, () => ({
    hashtags: hasHash ? twitter.extractHashtagsWithIndices(line).map(({ indices: [start, end] }) => ({ start, end })) : [],
    mentions: hasAt ? mentionSpans(line) : [],
  }), 'tags');
}

/** From the first tag over the limit to the end of the last tag. */
function extraSpan(tags: readonly Span[], max: number): Span {
  return { start: tags[max]!.start, end: tags[tags.length - 1]!.end };
}

/** More hashtags or mentions than the platform rewards: the post reads as a list of keywords. */
export default defineRule({
  id: 'no-tag-stuffing',
  category: 'self-promotion',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({}),
  messageIds: ['tooManyHashtags', 'tooManyMentions'],
  messages: {
    en: {
      name: 'Hashtag and mention stuffing',
      description: 'Flags more hashtags or mentions than the platform rewards (Instagram accepts at most 5 hashtags, X works best with 1 or 2). A caption made only of hashtags and emoji is left to the reader-value rules: it offers nothing, but it promotes nothing either.',
      messages: {
        tooManyHashtags: {
          message: '{count} hashtags: on {platform}, at most {max} work best; {extra} too many.',
          why: 'A string of hashtags reads as a grab for reach rather than a message; platforms show such posts to fewer people, and Instagram refuses more than 5.',
          fix: 'Keep the {max} most specific hashtags, the ones your readers actually follow or search, and drop the rest.',
        },
        tooManyMentions: {
          message: '{count} mentions: on {platform}, more than {max} stop reading as a conversation; {extra} too many.',
          why: 'Tagging many people to get their attention reads as spam to them and to everyone else, and some platforms limit the reach of such posts.',
          fix: 'Mention only the people the post is about or who helped, and thank the others in a comment or a direct message.',
        },
      },
    },
    it: {
      name: 'Troppi hashtag e menzioni',
      description: 'Segnala più hashtag o menzioni di quanti la piattaforma ne premi (Instagram ne accetta al massimo 5, su X ne bastano 1 o 2). Una didascalia fatta solo di hashtag ed emoji è lasciata alle regole sul valore per chi legge: non offre nulla, ma non promuove nulla.',
      messages: {
        tooManyHashtags: {
          message: '{count} hashtag: su {platform} è meglio non superare {max}; {extra} di troppo.',
          why: 'Una fila di hashtag sembra una caccia alla visibilità più che un messaggio: le piattaforme mostrano questi post a meno persone, e Instagram non accetta più di 5 hashtag.',
          fix: 'Tieni i {max} hashtag più specifici, quelli che chi ti legge segue o cerca davvero, e togli gli altri.',
        },
        tooManyMentions: {
          message: '{count} menzioni: su {platform}, oltre {max} il post non sembra più una conversazione; {extra} di troppo.',
          why: 'Taggare molte persone per attirare la loro attenzione sembra spam a loro e a chi legge, e alcune piattaforme riducono la diffusione di questi post.',
          fix: 'Menziona solo le persone di cui parla il post o che ti hanno aiutato, e ringrazia le altre in un commento o in privato.',
        },
      },
    },
  },
  examples: {
    flagged: [
      { text: 'Sunday bake 🍞 #sourdough #bread #baking #homemade #breadmaking #foodie #instafood', platform: 'instagram' },
      { text: 'Nuovo articolo sul bilancio di sostenibilità #ESG #sostenibilità #CSR', platform: 'x' },
    ],
    ok: [
      { text: 'Three things that cut our build time in half: caching, smaller images, parallel tests. #devops', platform: 'x' },
      { text: 'Grazie a @giulia.rossi e @marco_b per il workshop di ieri: le slide sono nel primo commento.', platform: 'linkedin' },
    ],
  },
  check({ text, lines, platform, stats, report, memo }) {
    const mayHaveHashtags = text.includes('#') || text.includes('＃');
    const mayHaveMentions = text.includes('@') || text.includes('＠');
    const hashtags: Span[] = [];
    const mentions: Span[] = [];
    if (mayHaveHashtags || mayHaveMentions) {
      // A hashtag, a mention or a link never spans a line break, so each line's tags are found once
      // and kept: an edit re-reads only its line. twitter-text also copies the rest of the text
      // after every hashtag, which on a long draft costs far more than the tags themselves.
      for (const line of lines) {
        const tags = lineTags(line.text, memo);
        if (!tags) continue;
        for (const tag of tags.hashtags) hashtags.push({ start: line.start + tag.start, end: line.start + tag.end });
        for (const mention of tags.mentions) mentions.push({ start: line.start + mention.start, end: line.start + mention.end });
      }
    }
    const data = { count: hashtags.length, max: platform.maxHashtags, extra: hashtags.length - platform.maxHashtags, platform: platform.name };
    // Tags with no words around them are an empty caption, not promotion (1 of 25 such flags was
    // promotion in the training posts): the reader-value rules say what it lacks.
    // (`stats.words` counts neither tags nor mentions.)
    if (hashtags.length > platform.maxHashtags && stats.words > 0) {
      report({ messageId: 'tooManyHashtags', data, span: extraSpan(hashtags, platform.maxHashtags) });
    }

    if (!mayHaveMentions) return;
    if (mentions.length > platform.maxMentions) {
      report({
        messageId: 'tooManyMentions',
        data: { count: mentions.length, max: platform.maxMentions, extra: mentions.length - platform.maxMentions, platform: platform.name },
        span: extraSpan(mentions, platform.maxMentions),
      });
    }
  },
});
