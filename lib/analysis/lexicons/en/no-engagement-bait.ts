/**
 * Engagement bait as Meta defines it: asking for reactions, shares, tags or comments to game reach
 * rather than to start a conversation. One list per kind, so the coaching can name the trick.
 */
// An emoji and the rest of its word, from the word's first emoji only: trying every emoji of a long
// run of them would make the search quadratic.
const emoji = '\\p{Extended_Pictographic}(?<!\\p{Extended_Pictographic}\\S*?\\p{Extended_Pictographic})\\S*';

export const voteBait: readonly string[] = [
  `react (with )?(a |an )?${emoji} (for|if)`,
  `${emoji} (for|=) [^,;\\n]{0,39}[^\\s,;][,;/]? (or )?${emoji} (for|=)`,
  `vote (with|using) (a |your )?(reactions?|emojis?|${emoji})`,
  '(like|👍) for [^,;\\n]{1,30}[,;]? (love|comment|share|❤️) for',
];

export const reactBait: readonly string[] = [
  "(like|upvote|heart|react to|double tap)( this( post)?)? if (you|you're|you've|u|your)",
  '(hit|smash|tap) (that |the )?(like|heart|❤️|♥️|👍)( button)? (if|for|to)',
  '(give|leave|drop) (this|it|me|us) a (like|heart|thumbs up|❤️|👍) if',
  `${emoji} if you (agree|do|relate|love|like|want|are|too|have|remember)`,
  'react if you',
];

export const shareBait: readonly string[] = [
  '(share|send)( this( post)?| it)? (with|to) (\\d+|two|three|five|ten) (friends|people|contacts|groups)',
  '(share|repost|reshare|retweet|rt)( this( post)?| it)? (if you|to win|and win|for a chance|to enter|to be entered)',
  '(like|follow),? (share|comment|tag)( and| &) (share|comment|tag|follow) (to win|for a chance|and win)',
];

export const tagBait: readonly string[] = [
  "tag (a|an|your|some(one|body)|that|the|\\d+|two|three|five|ten|all your|every) ((best |close )?(friends?|someone|somebody|person|people|buddy|bestie|bff|mate|colleagues?|co-?workers?|partner|mom|mum|dad|sister|brother|team-?\\s?mates?|boss|manager|squad|crew))",
  'tag (someone|somebody)', 'tag them (below|in the comments)',
];

export const commentBait: readonly string[] = [
  'comment( with)? ["“‘\\u0027]\\p{L}+[\\u0027"”’]',
  '(type|reply|respond|write|say)( with)? ["“‘\\u0027]\\p{L}+[\\u0027"”’] (below|in the comments|if|and (i|we)|to get|for (the|a|my|our|free))',
  // Not "say" here: "they'll say yes to everything" asks nothing of the reader.
  `(comment|type|reply|respond)( with)? (yes|no|amen|me|interested|done|ready|an? emoji|an? ${emoji}|${emoji}) (if|below|and|to|for|in)`,
  '(comment|reply)( below)? if you (agree|do|relate|love|like|want|are|too|believe|remember)',
  `(drop|leave) (a |an )?(${emoji}|emoji|heart) (below|in the comments|if|and)`,
  'say (yes|amen|hi|hello|me) (in the comments|below|if)',
  '(first|1st) (\\d+ )?(people|persons?|ones) to comment',
];

/** Keywords in capitals ("Comment GUIDE"), matched with case. */
export const commentKeywordBait: readonly string[] = [
  "([Cc]omment|[Tt]ype|[Rr]eply) \\p{Lu}{2,}(?=[\\u0020\\t.!,:]*(\\n|$|(below|and|if|to|for|in|[Ii]'ll|[Ww]e'll|[Ii] will)(?!\\p{L})|\\p{Extended_Pictographic}))",
];

/** Meta exempts requests for help: missing people and pets, fundraising, blood donors, rescues. */
export const helpRequests: readonly string[] = [
  'missing (since|person|child|girl|boy|man|woman|dog|cat|pet)', '(has|have) gone missing', 'went missing',
  '(lost|stolen) (dog|cat|pet|bike|child)', 'have you seen (him|her|them|this)', 'fundrais\\w*', 'gofundme', 'donat\\w+',
  'blood (donors?|donation|type)', 'raise (money|funds)', 'raising (money|funds)', 'charity', 'help (us )?(find|locate|reach)',
  'urgent(ly)?', 'in need', 'shelter', 'foster', 'rescue',
];
