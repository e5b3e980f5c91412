/**
 * What the learned model reads in a draft: hashed word, word-pair and character n-gram features,
 * plus a few shapes (links, mentions, hashtags, emoji, numbers, capitals, runs of "!") that carry
 * meaning whatever the words. The same function serves training and analysis, so the two never drift.
 */
import { execAll } from '../exec-all';

/** One token of the text with its span, the unit explanations point at. */
export interface ModelToken {
  /** The normalised form the features are built from. */
  key: string;
  start: number;
  end: number;
  /** Whether it is a word of letters (the only tokens that carry meaning on their own). */
  word: boolean;
}

export interface FeatureSet {
  tokens: ModelToken[];
  /** Bucket of each distinct feature. */
  buckets: Int32Array;
  /** For each feature, the token it comes from (a pair belongs to its second word), or -1 for the whole text. */
  owners: Int32Array;
}

// Each alternative is a run of one character class, so matching stays linear in the text.
const TOKEN =
  /https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[@#][\p{L}\p{N}_]+|\p{L}[\p{L}\p{M}]*|\p{N}+(?:[.,:/-]\p{N}+)*|\p{Extended_Pictographic}|[!?]+|[$€£%*]/gu;
const REFERRAL = /[?&](?:ref|aff|affiliate|tag|coupon|promo|discount|via|utm_source)=|\/(?:ref|aff|go|r)\/|amzn\.to|bit\.ly/i;
const COMBINING_MARKS = /\p{M}+/gu;

function fold(word: string): string {
  // Plain ASCII has nothing to decompose and no marks: lower case is all that folding does to it.
  return isAscii(word) ? word.toLowerCase() : word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function digitShape(digits: number): string {
  if (digits <= 2) return '‹num1›';
  if (digits <= 4) return '‹num3›';
  if (digits <= 8) return '‹num5›';
  return '‹num9›';
}

export function tokenize(text: string): ModelToken[] {
  const tokens: ModelToken[] = [];
  for (const found of execAll(TOKEN, text)) {
    const raw = found[0];
    const start = found.index;
    const end = start + raw.length;
    const first = String.fromCodePoint(raw.codePointAt(0)!);
    let key: string;
    let word = false;
    if (raw.includes('://') || raw.startsWith('www.')) key = REFERRAL.test(raw) ? '‹refurl›' : '‹url›';
    else if (first === '@') key = '‹mention›';
    else if (first === '#') key = `#${fold(raw.slice(1))}`;
    else if (/\p{L}/u.test(first)) {
      key = fold(raw);
      word = true;
      if (raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) {
        tokens.push({ key: '‹caps›', start, end, word: false });
      }
    } else if (/\p{N}/u.test(first)) key = digitShape(raw.replace(/\D/g, '').length);
    else if (first === '!' || first === '?') key = raw.length > 1 ? `‹${first}${first}›` : first;
    else if (/\p{Extended_Pictographic}/u.test(first)) key = '‹emoji›';
    else key = first;
    tokens.push({ key, start, end, word });
  }
  return tokens;
}

/** FNV-1a over UTF-16 code units: fast, stable everywhere, good enough spread for hashing features. */
export function hashFeature(feature: string, bits: number): number {
  return bucketOf(hashOn(FNV_OFFSET, feature, 0, feature.length), maskOf(bits));
}

const FNV_OFFSET = 0x811c9dc5;

/** The FNV-1a state after `hash` reads `text` from `from` to `to`: a feature is hashed in pieces, never built as a string. */
function hashOn(hash: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** The bits of a hash that `mask` keeps (see `maskOf`), as a non-negative bucket. */
function bucketOf(hash: number, mask: number): number {
  return (hash & mask) >>> 0;
}

const maskOf = (bits: number) => (bits >= 32 ? 0xffffffff : 2 ** bits - 1);

const hashOf = (text: string) => hashOn(FNV_OFFSET, text, 0, text.length);
/** The states after the prefixes "c:", "w:" and "b:", and after a space. */
const AFTER_C = hashOf('c:');
const AFTER_W = hashOf('w:');
const AFTER_B = hashOf('b:');

const MAX_CHAR_GRAM_WORD = 24;

function sizeBucket(words: number): string {
  if (words <= 3) return '‹size:tiny›';
  if (words <= 12) return '‹size:short›';
  if (words <= 60) return '‹size:medium›';
  return '‹size:long›';
}

/** The buckets of a word's character 3- to 5-grams, "<" and ">" marking its ends; empty for very long words. */
export function charGramBuckets(word: string, bits: number): Int32Array {
  if (word.length > MAX_CHAR_GRAM_WORD) return new Int32Array(0);
  const padded = `<${word}>`;
  const length = padded.length;
  const buckets = new Int32Array(Math.max(0, length - 2) + Math.max(0, length - 3) + Math.max(0, length - 4));
  const mask = maskOf(bits);
  let count = 0;
  // The bucket of "c:" followed by each n-gram.
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= length; i++) buckets[count++] = bucketOf(hashOn(AFTER_C, padded, i, i + n), mask);
  }
  return buckets;
}

/**
 * Which buckets one `extractFeatures` call has met: `stamps[bucket]` holds the number of the call
 * that met it last, so nothing is cleared between calls and a lookup is one array read (a Map of
 * ten thousand features was most of the feature time).
 */
let stamps = new Uint32Array(0);
let call = 0;

function startCall(bits: number): number {
  if (bits > 24) throw new RangeError(`${bits} bits of features need too big a table`);
  if (stamps.length !== 2 ** bits || call === 0xffffffff) {
    stamps = new Uint32Array(2 ** bits);
    call = 0;
  }
  return ++call;
}

export function extractFeatures(text: string, bits: number): FeatureSet {
  const tokens = tokenize(text);
  const thisCall = startCall(bits);
  const mask = maskOf(bits);
  const buckets: number[] = [];
  const owners: number[] = [];
  const addBucket = (bucket: number, owner: number) => {
    if (stamps[bucket] === thisCall) return;
    stamps[bucket] = thisCall;
    buckets.push(bucket);
    owners.push(owner);
  };
  const add = (feature: string, owner: number) => addBucket(hashFeature(feature, bits), owner);
  let words = 0;
  let decorations = 0;
  let previous = '‹start›';
  tokens.forEach((token, index) => {
    const { key } = token;
    if (token.word) words++;
    else if (key === '‹emoji›' || key.startsWith('#') || key === '‹mention›') decorations++;
    // "w:key" and "b:previous key", hashed without building the strings.
    addBucket(bucketOf(hashOn(AFTER_W, key, 0, key.length), mask), index);
    const afterPrevious = hashOn(hashOn(AFTER_B, previous, 0, previous.length), ' ', 0, 1);
    addBucket(bucketOf(hashOn(afterPrevious, key, 0, key.length), mask), index);
    previous = key;
    if (token.word) for (const bucket of charGramBuckets(key, bits)) addBucket(bucket, index);
  });
  add(`b:${previous} ‹end›`, -1);
  add(sizeBucket(words), -1);
  if (words === 0) add('‹no-words›', -1);
  if (decorations > 0 && decorations >= words) add('‹mostly-decoration›', -1);
  return { tokens, buckets: Int32Array.from(buckets), owners: Int32Array.from(owners) };
}
