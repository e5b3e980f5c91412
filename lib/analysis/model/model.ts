/**
 * The learned model: one logistic regression per fuzzy category over the hashed features of
 * features.ts, trained by `npm run train` (tests/model/train.ts) and shipped as data in weights/.
 * It gives a probability per category and, for explanation, how much each token pushed it.
 */
import type { CategoryId, Language } from '../schema';
import { extractFeatures, type ModelToken } from './features';

/** The categories the model judges: the fuzzy ones. Length is counted, not guessed. */
export const modelCategories = ['self-promotion', 'inappropriate', 'confidential', 'reader-value'] as const satisfies readonly CategoryId[];
export type ModelCategory = (typeof modelCategories)[number];

/** A model as the trainer writes it: per-head bias, weight scale and threshold, and int8 weights in base64. */
export interface ModelData {
  language: Language;
  bits: number;
  heads: Record<ModelCategory, { bias: number; scale: number; threshold: number }>;
  /** `modelCategories.length << bits` signed bytes, head after head, base64-encoded. */
  weights: string;
}

export interface LoadedModel {
  data: ModelData;
  weights: Int8Array;
}

export interface HeadScore {
  probability: number;
  threshold: number;
  /** Per token of `tokens`: how much it raised (positive) or lowered the score. */
  pushes: Float64Array;
  /** What the whole-text features (its size, its end) add; with the bias and the pushes it makes the logit. */
  unattributed: number;
}

export interface ModelScores {
  tokens: ModelToken[];
  heads: Record<ModelCategory, HeadScore>;
}

export function decodeModel(data: ModelData): LoadedModel {
  const binary = atob(data.weights);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return { data, weights };
}

export function encodeWeights(weights: Int8Array): string {
  let binary = '';
  for (let i = 0; i < weights.length; i++) binary += String.fromCharCode(weights[i]! & 0xff);
  return btoa(binary);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A chunk of text that is code or configuration rather than prose: an assignment, markup, a PEM armour line, a long key. */
const MACHINE_CHUNK = /[={}<>;[\]|\\]|^-{3,}|^(?=.{16,})(?=.*\p{L})(?=.*\d)/u;
/** Above this share of machine chunks, the text is a config or a log, which the model was not trained to read. */
const MAX_MACHINE_SHARE = 0.25;

/**
 * Whether the model can judge this text: it reads posts. Configuration and code (where the precise
 * rules find secrets) get no opinion from it.
 */
export function isJudgeable(text: string): boolean {
  let chunks = 0;
  let machine = 0;
  for (const chunk of text.split(/\s+/)) {
    if (!chunk) continue;
    chunks++;
    if (!chunk.includes('://') && MACHINE_CHUNK.test(chunk)) machine++;
  }
  return chunks > 0 && machine / chunks <= MAX_MACHINE_SHARE;
}

/**
 * Below this many words the model judges only value for readers: in a text that short one word
 * decides the other scores (a three-word comment of praise, "best rap ever", scored 0.99 for
 * self-promotion), and the precise rules judge short texts well ("DM me", a swear word, a password).
 * An empty post ("Monday again 😴", "Big news soon!") is exactly what the reader-value head is for.
 */
const MIN_WORDS = 4;
const WORD = /\p{L}+/gu;

export function judgesCategory(category: ModelCategory, text: string): boolean {
  if (category === 'reader-value') return true;
  WORD.lastIndex = 0;
  for (let words = 0; WORD.exec(text); ) if (++words >= MIN_WORDS) return true;
  return false;
}

export function scoreText(model: LoadedModel, text: string): ModelScores {
  const { bits, heads } = model.data;
  const { tokens, buckets, owners } = extractFeatures(text, bits);
  // Features are binary and the vector has unit length, as in training.
  const value = buckets.length ? 1 / Math.sqrt(buckets.length) : 0;
  const scores = {} as Record<ModelCategory, HeadScore>;
  modelCategories.forEach((category, head) => {
    const offset = head << bits;
    const { bias, scale, threshold } = heads[category];
    const pushes = new Float64Array(tokens.length);
    const weight = scale * value;
    let z = bias;
    let unattributed = 0;
    for (let i = 0; i < buckets.length; i++) {
      const push = model.weights[offset + buckets[i]!]! * weight;
      z += push;
      const owner = owners[i]!;
      if (owner >= 0) pushes[owner]! += push;
      else unattributed += push;
    }
    scores[category] = { probability: sigmoid(z), threshold, pushes, unattributed };
  });
  return { tokens, heads: scores };
}
