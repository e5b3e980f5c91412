/**
 * Greetings and day-of-the-week formulas that fill a post's first line without saying anything.
 * They count only when they stand alone: followed by punctuation, an emoji or the end of the sentence.
 */
export const greetings: readonly string[] = [
  'hello', 'hi', 'hey', 'hiya', 'howdy', 'greetings', 'good (morning|afternoon|evening|day)', 'gm',
  'happy (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new week|new month|hump day)',
  "(it's |it is )?(monday|tuesday|wednesday|thursday|friday) again", "(it's |it is )?(finally )?friday",
  '(monday|friday|sunday|weekend) (morning|mood|vibes|feels|motivation|mode)', 'tgif', 'tgim', 'friyay',
  'another (monday|week|day|friday)( (begins|starts|is here|in the books|done))?',
  'new week,? new (goals|me|opportunities|challenges|energy)', 'rise and shine', 'good vibes( only)?',
  "(we're |and we're )?back (at it|in action)", 'here we go( again)?', 'what a (week|day|month|year|ride)',
  "hope (you|you all|y'all|everyone|everybody)( all)? (had|have|are having|is having|enjoyed|are doing|is doing|are|is)( \\p{L}+){0,5}",
  'morning (everyone|all|folks|team|fam|network|linkedin)', 'coffee first', 'greetings from \\p{Lu}\\p{L}+',
  "merry christmas", "happy (holidays|new year|easter|thanksgiving|halloween|diwali|hanukkah|eid|international women's day|women's day|mother's day|father's day|valentine's day|4th of july|independence day|labou?r day|pride|birthday)",
  "season's greetings", 'happy holiday season',
];

/** Who sends the greeting: "…from all of us at Brightwave". */
export const signOffs: readonly string[] = [
  "from (all of us|the (whole |entire )?team|everyone|the \\p{L}+ team)( (at|of) \\p{L}[\\p{L}&\\u0027’.-]*( \\p{L}[\\p{L}&\\u0027’.-]*){0,3})?",
];

/** Who a greeting is addressed to: "Happy Friday everyone", "Hello LinkedIn family". */
export const addressees: readonly string[] = [
  "(my |dear |all my )?(everyone|everybody|all|y'all|folks|friends|fam|family|network|connections|team|people|world|guys|all of you|fediverse)",
  '(dear )?(linkedin|twitter|threads|bluesky|mastodon|instagram)( (family|fam|friends|network|folks|people|world))?',
];

/** Lead-ins that announce the post instead of starting it. They may be followed by anything. */
export const leadIns: readonly string[] = [
  "(i )?(just|only) wanted to (share|say|post|drop in|give (you )?a (quick )?update|check in)",
  "(i )?wanted to share (this|something|a (quick |little )?(update|thought|note)|with (you|all of you|my network|you all))",
  "(i )?thought i'?d share", 'thought i would share',
  '(just )?a (quick|little|short) (update|post|note)( from me)?',
];
