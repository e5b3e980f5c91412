/** Corporate buzzwords: each says little, and a few together make a post sound like a brochure. */
export const buzzwords: readonly string[] = [
  'synerg(y|ies|istic|ise|ize|ising|izing)', 'leverag(ing|ed)',
  // The context is looked up behind the word, not before it: a lookbehind in front would run at
  // every position of the text and make the search quadratic on long runs of spaces.
  "leverage(?<=(to|we|you|they|i|can|will|must|should|could|and|us|let's) leverage)",
  'leverage(?= (our|your|their|its|this|these|those|my|every|existing|cutting-edge|data|ai|technology))',
  'paradigm shifts?', 'game[- ]?chang(er|ers|ing)', 'disrupt(ive|ors?)', 'disrupt (the|this) (industry|market|space|status quo)',
  'best[- ]in[- ]class', 'world[- ]class', 'move the needle', 'circle back', 'touch base', 'thought leader(ship|s)?',
  'holistic(ally)?', 'value[- ]add(ed)?', 'low[- ]hanging fruit', 'next[- ]level', 'cutting[- ]edge', 'bleeding[- ]edge',
  'state[- ]of[- ]the[- ]art', 'mission[- ]critical', 'seamless(ly)?', 'empower(ing|ment|s)?', 'innovative',
  'unlock(ing)? (the |your |their )?(full |true |real )?potential', 'actionable insights?', 'end[- ]to[- ]end', 'win[- ]win',
  'north star', 'growth mindset', '10x (growth|your|engineers?)', 'omni-?channel', 'data[- ]driven', 'customer[- ]centric',
  'blue[- ]sky thinking', 'think outside the box', 'outside[- ]the[- ]box', 'boil the ocean', 'core competenc(y|ies)',
  'learnings', 'ideation', 'revolutioni[sz](e|es|ing)', 'revolutionary', 'transformative', 'transformational',
  'impactful', 'visionary', 'rock-?\\s?stars?', 'ninjas?', 'double down', '(drive|drives|driving) (growth|value|impact|innovation|engagement|results|synergies)',
  '(unlock|unlocking|deliver|delivering|create|creating) (real )?value', 'next-gen', 'future[- ]proof(ing)?',
  'hyper-?growth', 'operationali[sz]e', 'incentivi[sz]e', 'key stakeholders',
];

/** Words that are often honest: they count half, so they tip a post over only in company. */
export const weakBuzzwords: readonly string[] = [
  'ecosystems?', 'best practices?', 'mindset', 'bandwidth', 'scalable', 'robust', 'journey', 'alignment',
  'deep dive', 'stakeholders',
];
