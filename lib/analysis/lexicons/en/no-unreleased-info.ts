/** Phrases that say news is being shared before it is public, whoever writes them. */
export const unreleasedStrong: readonly string[] = [
  'embargo(ed)? (until|till|til)',
  'under embargo',
  // "Before the announcement, we tested…" looks back; "before the official announcement" and "before tomorrow's" look ahead.
  'before our (earnings call|earnings release)',
  'before (tomorrow\'s|today\'s|next week\'s|monday\'s|the official|our official|the public) (official )?(announcement|press release|earnings call|earnings release|launch)',
  'ahead of (our|the official) (official )?(announcement|press release|earnings call|earnings release)',
  'before (it|this|the news)(\'s| is| goes| gets| becomes) (official|public|announced|out)',
  "(we're|we are|we'll be|we will be|i'm|i am) (about to|set to|going to|in (advanced |final |exclusive )?talks to|close to|finalizing (a deal )?to|negotiating to) (acquire|buy|merge with|be acquired|sell the company|take over)",
  "(can't|cannot|can not) (officially )?(announce|say|share) (it|this|that|anything) (yet|officially|publicly)(?=,?\\s+but(?![\\p{L}\\p{N}]))",
  // "It's not announced yet": the pronoun points at the news in the post itself, not at someone else's product.
  "(it's|it is|this is|that's|that is) (still )?not (yet )?(public|announced|official)( yet)?",
  "(it|this) (isn't|is not|hasn't been|has not been) (officially )?(announced|made public|public|official) yet",
  "(we're|we are|i'm|i am) (close to|on the verge of|finalizing|negotiating|in talks about) (acquiring|buying|merging with|being acquired|selling the company)",
  '(you|you\'ve|you all) heard it here first',
  '(you\'re|you are) the first to know',
  'sneak peek (at|of) (our )?(q[1-4]|quarterly|annual|half-year|h[12]|fy\\d*) (numbers|results|revenue|figures|earnings)',
  '(q[1-4]|quarterly|annual|half-year|fy\\d*) (numbers|results|revenue|figures|earnings) before (the|our) (call|announcement|release|earnings call)',
];

/** Phrases that hint at unreleased news; they count only in a company's own voice ("we", "our"). */
export const unreleasedInOwnVoice: readonly string[] = [
  "(hasn't|has not|haven't|have not|isn't|is not|aren't|are not|wasn't|won't be) (been )?(officially )?(announced|made public|public|official|released|communicated) yet",
  'not (yet )?(public|announced|official|communicated)( yet)?',
  'before (the|our|tomorrow\'s) earnings',
  'ahead of (the|tomorrow\'s|next week\'s) (earnings|announcement|official announcement)',
  'in (advanced |final |exclusive )?talks to (acquire|buy|merge|be acquired)',
  '(unannounced|unreleased) (product|feature|deal|acquisition|merger|results|numbers|figures|launch|partnership)',
  "(nobody|no one) (outside (the |our )?(team|company|board) )?(knows|has been told|has heard)( this| it| about it)? yet",
  'before (anyone|everyone) else',
];

/** Words of a company speaking about itself. */
export const ownVoice: readonly string[] = ["we", "we're", "we've", "we'll", "our", "us", "ours"];
