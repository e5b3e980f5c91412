/** Labels and instructions that mark what follows as not meant for the public. */
export const confidentialityMarkers: readonly string[] = [
  '(strictly|highly|very|super|extremely|totally|company) confidential',
  'confidential and proprietary',
  'proprietary and confidential',
  'confidential:',
  '[\\[(]confidential[\\])]',
  'confidential (—|–|-)',
  "(this|the) (post|message|deck|doc|document|info|information|slide|slides|email|thread|update|number|numbers|figure|figures|roadmap|plan|news) (is|are) (strictly )?confidential",
  "(this|it)('s| is) (strictly )?confidential",
  '(for )?internal (use )?only',
  'for internal (use|eyes|purposes) only',
  '(for )?your eyes only',
  'not for (public |external |wider )?(distribution|circulation|release|publication|sharing)',
  'not to be (shared|forwarded|distributed)',
  "(do not|don't|dont|please don't|pls don't|please do not) (share|forward|repost|circulate|distribute|leak|screenshot|post|publish) (this|these)",
  "(do not|don't|dont|please don't|please do not) (share|forward|repost|circulate|distribute|leak|screenshot|post|publish) (it|any of this|anything) (outside|externally|beyond|publicly|yet)",
  "(do not|don't|dont) share outside (the |our |this )?(team|company|org|organization|organisation|department|room|group)",
  "(do not|don't|dont) tell anyone,? but",
  "(do not|don't|dont) tell anyone (yet|about this|i told you)",
  'keep (it|this|that) (between us|between you and me|between ourselves|to yourselves|to yourself|under wraps)',
  'between you and me',
  '(just|strictly) between us',
  'between us(?=\\s*[:,—–])',
  '(this|it) stays (between us|in the room|in this room|internal)',
  'off the record',
  "(i'm|i am|we're|we are|this is|it's|it is|still|currently|everything is) under (an |the |a strict |strict )?nda",
  'under nda(?=[:,)])',
];

/**
 * Words that show a sentence talks about a label instead of using it ("what does 'internal only' mean?"),
 * or refuses to share ("I can't say more, I'm under NDA"): neither leaks anything.
 */
export const aboutCues: readonly string[] = [
  'what (does|do|is|are)', "what's", 'meaning', 'means', 'definition', 'define', 'the (term|phrase|label|word|stamp)',
  '(a|the) (phrase|term|expression|label)', 'phrase', 'expression',
  "can't", 'cannot', 'can not', "won't", 'unable to', 'not allowed to', 'not able to', "couldn't",
];
