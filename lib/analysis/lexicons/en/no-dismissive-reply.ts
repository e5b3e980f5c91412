/** Replies to criticism that close the door instead of answering, by what they do to the person. */
export const dismissive = {
  /** Waving the complaint away. */
  dismiss: [
    "not (our|my|the company's|the shop's|the store's) (problem|fault|issue|concern|responsibility|job)",
    "(that's|that is|thats|it's|it is|its) (on you|your (own )?(problem|issue|loss|choice))",
    "if you (don't|do not|dont) like it,? (then )?(don't|do not|dont|go|shop|take|feel free|just|you can|unfollow|leave|buy)",
    "(nobody|no one|noone) (forced|is forcing|forces|made|makes|asked) you",
    '(deal with it|get over it|take it or leave it|cry (me )?a river|boo hoo|not everyone can be pleased)',
    '(stop|quit) (whining|complaining|crying|moaning|being (so )?(dramatic|entitled))',
    "(we|i) (don't|do not|dont) (care|owe you)",
    '(go|feel free to go|take your (money|business)) (elsewhere|somewhere else|to (a|our) competitors?)',
    "(we|i) (won't|will not|wont) (be )?(refund|replac|apologi)\\p{L}*",
    "(you're|you are|youre) not getting (one|a refund|anything|a penny|your money back)",
    "(doesn't|does not|don't|do not) deserve (a|any) (reply|response|answer)",
    "(posting|complaining|whining|moaning|crying) (about it )?(on|to) \\S+ (won't|will not|isn't going to) change (that|anything)",
    'we (don\'t|do not) make exceptions for people who',
  ],
  /** Turning the complaint back on the customer. */
  blame: [
    "(you|u)( (clearly|obviously|evidently|probably|simply|just))? (didn't|did not|didnt|don't|do not|dont|can't|cannot|cant|never) (read|follow|understand|bother|check|look at|listen)",
    '(read|learn to read|check|try reading) (the|our) (manual|instructions|label|description|faq|terms|fine print|policy)( (next time|first|before (posting|complaining|buying|you (post|complain|buy))))',
    '(learn|try) (how )?to (read|use (it|the (app|product|device|machine)))',
    "(it's|it is|its|that's|that is|thats) (your|ur) (own )?fault",
    'user error',
    '(if|had) you (had |would have )?(read|followed|listened|checked)',
    '(maybe|perhaps) (next time )?(you should|try to) (read|follow|listen|pay attention)',
    '(maybe|perhaps|clearly) the (problem|issue) is (on your (end|side)|with you|you)',
    "(you should have|you should've|should've|should have) (read|checked|looked at) the (terms|manual|instructions|label|description|policy|small print)",
    'works (fine|perfectly) for (\\d[\\d,.]*|thousands of|millions of|everyone|all the) (other )?(people|users|customers)',
  ],
  /** Threatening the critic with removal. */
  threatenDelete: [
    "(we|i)( will|'ll| are going to|'re going to| shall)? (delete|remove|hide|report|block|ban) (this|your|the|these|such) (comments?|reviews?|posts?|account|profile)",
    '(this|your) (comment|review|post) (will|is going to) (be )?(deleted|removed|hidden|reported)',
    '(keep (it|this) up|one more (comment|word|post)|post (that|this) again|comment again)[^.!?\\n]{0,40}(delet|remov|block|ban|report)\\p{L}*',
  ],
};
