/**
 * Requests to fake engagement or reviews. Each entry names an act (create, buy, pay, leave … and
 * get), not just the topic: "how to spot fake reviews" is about the problem, not a request.
 */

export const fakeAccounts: readonly string[] = [
  '(create|make|set up|open|use|spin up|register|buy|get)( (some|a few|multiple|several|a couple of|a bunch of|\\d+|more|new|a|an|extra))* (fake|dummy|sock\\s*puppet|bot|fictitious|fictional|phony|phoney) (accounts?|profiles?|handles?|personas?|users?)',
  '(create|make|set up|open|use|spin up|register)( (some|a few|multiple|several|a couple of|a bunch of|\\d+|more|new|a|an|your|our))* (burner|alt|alternate|second|secondary|extra|throwaway|other) (accounts?|profiles?) (to|and|so (you|we) can) (comment|like|upvote|review|vote|boost|engage|reply|share|praise|defend|leave)',
  '(comment|like|upvote|vote|review|reply|engage|share|post|boost|heart)( (on|it|this|them|the post|under it|away)){0,4} (from|with|using|on) (all )?(your|their|our|my|a|an|some) (other|second|alt|alternate|fake|secondary|backup|spare|burner|dummy|multiple|extra) (accounts?|profiles?)',
  "(pretend|pretending|pose|posing|acting) (to be|you're|you are|as|like) (a |an )?(happy |satisfied |real |random |independent )?(customers?|clients?|users?|fans?|buyers?|patients?|guests?|strangers?)",
  '(as if|like) (you were|you are|you\'re) (a |an )?(happy |satisfied |real |random )?(customers?|clients?|stranger|buyer|user|fan|guest)',
];

export const boughtEngagement: readonly string[] = [
  '(buy|buying|bought|purchase|purchasing|purchased|order|ordering|ordered)( (some|more|cheap|real|\\d+[kK]?|\\d+,\\d+|thousands of|hundreds of|a few|a pack of|a bundle of|instagram|tiktok|youtube|twitter|linkedin|fb|facebook|ig|x))* (followers|likes|views|subscribers|retweets|reposts|upvotes|comments|fans|streams|engagement|impressions|connections)',
  '(followers|likes|views|subscribers|upvotes|reviews) for (sale|\\$\\d+|€\\d+|£\\d+|cheap)',
  '(pay|paying|paid|hire|hiring) (people|someone|users|students|a farm|click\\s*farms?|bots|freelancers) to (like|comment|follow|upvote|share|review|retweet|engage|vote)',
  '(join|joining|join us in) (our |my |an |the |this )?(engagement|comment|like|linkedin|instagram) (pods?|groups?|rings?)',
  '(follow|like|sub|comment|share)\\s*(4|for)\\s*(follow|like|sub|comment|share)',
  '(f4f|l4l|s4s|sub4sub|like4like|follow4follow)',
];

export const fakeReviews: readonly string[] = [
  "(need|want|buy|buying|order|get|write|writing|post|posting|leave|looking for|pay for|paying for|hire someone to write|who can write|(i'll|we'll|we will|i will) pay for)( (some|a few|\\d+|more|us|me|a couple of|a bunch of|a dozen|dozens of))* (fake|paid|bought|fabricated|false|phony|phoney|made-up) (positive |5-star |five-star )?(reviews?|ratings?|testimonials?)",
  '(write|leave|post) ((\\S+) ){0,2}reviews? (for|of|on) (your|our|my) own (products?|business|company|shop|store|app|book|listing|restaurant)',
  'review (swaps?|exchanges?|trades?)',
  '(swap|exchange|trade) reviews',
  '(pay|paying) ((\\S+) ){0,3}(per|for (each|every|a)) (5-star |five-star |positive )?(review|rating)',
  // A review from someone who has not bought, visited or read: fake whatever it says.
  "(reviews?|ratings?|stars?|⭐|thumbs-up)( \\S+){0,8} (even if|even though|without|though) (you|u|they|people) ((have|has)n't|have not|has not|never|don't|do not|didn't|did not|haven't yet)( (even|actually|yet))? (been|visited|tried|played|read|bought|used|eaten|stayed|watched|seen|ordered)",
  "(you )?(don't|do not|won't) (have|need) to (actually )?(read|visit|try|play|buy|use|watch|come|eat|stay)( it| the \\S+)?( lol| haha)?\\)?( \\S+){0,3} (review|rating|stars?)",
  '(no need|without needing) to (actually )?(visit|come|try|buy|read|use|play|eat|stay)',
  '(£|\\$|€)\\s?\\d+ (per|for each|for every|a) (review|rating)',
  '(use|with) different (wording|words|phrasing|accounts|names) so (it|they) (doesn\'t|does not|don\'t|do not|won\'t) look (coordinated|fake|organised|organized|planned)',
  '(review|rating)s? from (your|their) (personal|own|second|other|spare|alt) accounts?',
];

export const incentivisedReviews: readonly string[] = [
  '(leave|write|post|give|drop)( (us|me))?( (a|an|your))? ((5|five)[- ]?stars?|positive|glowing|great|good|nice) (review|rating)s? ((\\S+) ){0,4}(and|to) (get|receive|claim|unlock|win|earn|enter|save)',
  '(leave|write|post|give|drop)( (us|me))?( (a|an|your))? (review|rating)s? ((\\S+) ){0,3}(and|to) (get|receive|claim|unlock|earn|save) (a |an |your )?(\\d+ ?% (off|discount)|discount|coupon|voucher|refund|cashback|free|gift|promo code)',
  '(discount|coupon|voucher|refund|cashback|\\d+ ?% off|free \\S+|gift cards?|promo code) ((\\S+) ){0,5}(for|in exchange for|in return for) (a |an |your |every |each )?((5|five)[- ]?stars?|positive|glowing|good) (review|rating)s?',
  '(5|five)[- ]?stars? (review|rating)s? (in exchange for|in return for|for a|and get|gets you|earns you)',
];

/** Besides negations (see negation.ts), a sentence warning against these practices or reporting on them is not a request. */
export const cautions: readonly string[] = [
  'stop',
  'avoid',
  'instead of',
  "shouldn't",
  'illegal',
  'banned',
  'fined',
  'penalt(y|ies)',
  'ftc',
  'crack(s|ing)? down',
  'spot',
  'detect',
  'report',
  'scam',
  'risk',
  'violat\\p{L}+',
  'against (the )?(rules|terms|policy|policies)',
  'lawsuit',
  'sued',
  'caught',
  'regret\\p{L}*',
  'mistake',
  'why (you|we) (should not|shouldn\'t)',
];
