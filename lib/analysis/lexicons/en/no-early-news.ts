/** Things a company announces on its own schedule: figures, clients, deals, people changes, launches. */
export const sensitiveObjects: readonly string[] = [
  '(q[1-4]|quarter|quarterly|half-year|h[12]|annual|year-end|monthly|fy\\d*) (results|numbers|figures|revenue|sales|earnings|profits?|margins?|bookings)',
  '(revenue|sales|turnover|profits?|ebitda|margins?|bookings|arr|earnings|numbers|figures|results|guidance)',
  'closed (the|this|our) (quarter|year|half|month|round)', '(above|below|over|ahead of|under) (plan|budget|forecast|target|guidance)',
  '[+-]?\\d+(\\.\\d+)?\\s?%',
  '(contracts?|deals?|agreements?|partnerships?|clients?|customers?|accounts?|tenders?|bids?|acquisitions?|mergers?|buyouts?|takeovers?|funding|rounds?|investors?)',
  '(layoffs?|redundanc(y|ies)|job cuts|restructuring|reorg|reorgani[sz]ation|closures?|relocation)',
  '(launch|launches|rebrand|new product|new ceo|new name|new logo)', 'signed', 'carmakers?|automakers?|banks?|retailers?|brands?',
];

/** Cues that the thing is not public yet: a date before the announcement, a secret kept half-way, a guessing game. */
export const notPublicYet: readonly string[] = [
  "before (the|our|tomorrow's|next week's|monday's|friday's) (board( meeting)?|earnings( call)?|analyst call|call with (the )?analysts|announcement|press release|release|results|launch|official)",
  '(call|meeting|briefing) with (the )?(analysts|investors|board) (next|on|this|tomorrow)',
  '(analysts|investors|the board|the market|the press|the team) (hear|find out|learn|gets?|will (know|hear|see|get)|see)( (it|them|the news|about it|the numbers))? (next|on|tomorrow|this|in|only)',
  "(can't|cannot|can not|not allowed to|not supposed to|won't) (name|say|tell|share|reveal|disclose)( (them|it|who|which|the name|names|more))?( yet| publicly| officially)?",
  'not (public|announced|official|signed off) yet', "(hasn't|has not|haven't|have not) (been )?(announced|made public|officially announced)( yet)?",
  'guess (who|which|what)', 'starts with (a|an|the letter) \\p{L}(?![\\p{L}])', 'rhymes with',
  '(sneak peek|first look|early look|exclusive preview)', 'before (anyone|everyone) else', 'heard it here first',
  'officially (next|on|from) (week|month|monday|tuesday|wednesday|thursday|friday|\\d)', 'under wraps', 'embargo',
];

/** Words of a company or person speaking about themselves: the news is theirs. */
export const ownVoice: readonly string[] = ['we', "we're", "we've", "we'll", 'our', 'us', 'i', "i'm", "i've", 'my'];
