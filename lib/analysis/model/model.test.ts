import { describe, expect, it } from 'vitest';
import { extractFeatures, hashFeature, tokenize } from './features';
import { decodeModel, encodeWeights, isJudgeable, modelCategories, scoreText } from './model';
import { modelFor } from './models';
import english from './weights/en';
import italian from './weights/it';

describe('learned model', () => {
  it('hashes with FNV-1a, as its published test vectors say', () => {
    expect(hashFeature('', 32)).toBe(0x811c9dc5);
    expect(hashFeature('a', 32)).toBe(0xe40c292c);
    expect(hashFeature('foobar', 32)).toBe(0xbf9cf968);
    expect(hashFeature('foobar', 8)).toBe(0x68);
  });

  it('reads links, referral links, mentions, hashtags, capitals, numbers and emoji as shapes', () => {
    const keys = tokenize('GREAT deal @anna #Sale 12345 🔥 https://x.co/a https://shop.example/p?ref=abc !!').map((token) => token.key);
    expect(keys).toEqual(['‹caps›', 'great', 'deal', '‹mention›', '#sale', '‹num5›', '‹emoji›', '‹url›', '‹refurl›', '‹!!›']);
    expect(tokenize('Perché è così').map((token) => token.key)).toEqual(['perche', 'e', 'cosi']);
  });

  it('gives each distinct feature once, with the token it comes from', () => {
    const { tokens, buckets, owners } = extractFeatures('buy buy buy', 15);
    expect(tokens).toHaveLength(3);
    expect(new Set(buckets).size).toBe(buckets.length);
    expect(Math.max(...owners)).toBeLessThan(tokens.length);
  });

  it('judges posts, not configuration or code', () => {
    expect(isJudgeable('Thanks to everyone who came to the workshop on Friday!')).toBe(true);
    expect(isJudgeable('🔥🔥 #monday #vibes')).toBe(true);
    expect(isJudgeable('AWS_SECRET_ACCESS_KEY=abc123\nREGION=eu-west-1\n{"token": "x"}')).toBe(false);
    expect(isJudgeable('-----BEGIN PRIVATE KEY-----\nxxx\n-----END PRIVATE KEY-----')).toBe(false);
  });

  it('ships weights within 1 MB in all, with thresholds chosen for precision', () => {
    let bytes = 0;
    for (const data of [english, italian]) {
      const model = decodeModel(data);
      expect(model.weights.length).toBe(modelCategories.length << data.bits);
      expect(encodeWeights(model.weights)).toBe(data.weights);
      bytes += data.weights.length;
      for (const category of modelCategories) {
        expect(data.heads[category].threshold).toBeGreaterThanOrEqual(0.5);
        expect(data.heads[category].threshold).toBeLessThanOrEqual(0.995);
      }
    }
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
  });

  it('explains its score: the pushes of the tokens, the bias and the rest add up to the logit', () => {
    const text = 'DM me now for the price, only 3 spots left!! Link in bio 🔥';
    const scores = scoreText(modelFor('en'), text);
    for (const category of modelCategories) {
      const head = scores.heads[category];
      const logit = Math.log(head.probability / (1 - head.probability));
      const explained = [...head.pushes].reduce((sum, push) => sum + push, modelFor('en').data.heads[category].bias + head.unattributed);
      expect(explained).toBeCloseTo(logit, 6);
    }
    expect(scoreText(modelFor('en'), text)).toEqual(scores);
  });
});
