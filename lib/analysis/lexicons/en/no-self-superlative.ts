/**
 * Superlatives a business uses about itself, and the ways a sentence ties them to the writer.
 * A claim alone is not flagged ("the best advice I got", "Sinner is number one"): only a claim
 * whose subject is the writer, the writer's company or product.
 */

/** Claims that stand after "we are", "our product is": "we're the #1", "our team is world-class". */
const claim =
  "((the|a|an) (best|finest|leading|top|largest|only (agency|company|firm|studio|provider|brand))|the most (reliable|trusted|advanced|innovative|complete|experienced|affordable|powerful|secure|popular|awarded|qualified)|((the|a|an) )?((undisputed|unquestioned|uncontested|clear|true|recognised|recognized|acknowledged|absolute) )?(#1|#one|no\\.?\\s?1|number (one|1)|leaders?|market leaders?|world[- ]class|industry[- ]leading|market[- ]leading|best[- ]in[- ]class|unrivall?ed|unmatched|unbeatable|unparalleled|unsurpassed|second to none|top[- ]rated|award[- ]winning|first choice))";
/** Claims that stand before a noun: "our world-class team", "my award-winning studio". */
const attributive =
  '(#1|number[- ]one|no\\.?\\s?1|world[- ]class|industry[- ]leading|market[- ]leading|best[- ]in[- ]class|unrivall?ed|unmatched|unbeatable|unparalleled|unsurpassed|award[- ]winning|top[- ]rated|best[- ]rated|leading)';
/** Nouns after "my"/"our" that are other people, whom one may praise freely. */
const others =
  '(favou?rite|fave|go-to|mom|mum|dad|mother|father|parents?|wife|husband|partner|girlfriend|boyfriend|friends?|mentors?|boss|manager|coach|teachers?|kids?|sons?|daughters?|brothers?|sisters?|colleagues?|clients?|customers?|community|followers|readers|audience|fans|users|guests|students|interns?|competitors?)';
const adverbs = '( (still|simply|truly|officially|proudly|now|again|once again|easily|definitely|literally|by far|just|really|undoubtedly|clearly|honestly|quite simply))*';

export const selfSuperlative = {
  patterns: [
    // "We're the #1 agency", "I am the best realtor in town", "we remain market leaders"
    `(we|i)('re|'m|'ve been| are| am| have been| remain| became| stay)${adverbs}( (proud|happy|glad|honou?red|delighted) to (be|remain))? ${claim}`,
    `(we|i)('ve been|'re| were| are| have been| got) (voted|named|ranked|rated)( as)? (the )?(best|top|#1|number one|tier (1|one))`,
    // "Our firm has been ranked Tier 1 for the fifth year", "my salon was voted best in town"
    `(our|my) (?!(\\p{L}+[ -]){0,2}?${others}(?![\\p{L}\\p{N}_]))(\\p{L}+[ -]){0,2}?(has been|have been|was|were|is|are|got)( once again| again| just)? (voted|named|ranked|rated)( as)? (the )?(best|top|#1|number one|tier (1|one))`,
    // "Our pizza is the best in town", "my studio has been award-winning"
    `(our|my) (?!(\\p{L}+[ -]){0,2}?${others}(?![\\p{L}\\p{N}_]))(\\p{L}+[ -]){0,3}?(is|are|remains?|has been|have been)${adverbs} ${claim}`,
    // "our world-class team", "my award-winning studio"
    `(our|my) ${attributive} \\p{L}+`,
    // "We offer the best service", "we deliver world-class results"
    `(we|i) (offer|deliver|provide|build|make|create|sell|bring|serve|design|develop|produce|guarantee|craft)( you)? (the|a|an) (best|finest|greatest|highest[- ]quality|${attributive})`,
    `(we|i) (offer|deliver|provide|build|make|create|sell|bring|serve|design|develop|produce|guarantee|craft)( you)? ${attributive}`,
    // Boasts that need no superlative word.
    "(nobody|no one|no-one|none) (does it|does this|do it|can do it|comes close to us|beats (us|our|my))( better( than (us|me))?)?",
    "(we|i) (are|'re|am|'m) (better than|ahead of) (all|every|the rest|anyone|everyone|our competitors|the competition)",
    "(we|i) (beat|outperform|outclass) (all|every|the rest|anyone|everyone|our competitors|the competition)",
  ],
  /** "the best agency in town": flagged when the writer speaks as the business in the same sentence. */
  localBest: [
    "(the )?(best|#1|number one|top|finest|leading) (\\p{L}+ ){0,2}(agency|company|firm|studio|shop|store|restaurant|pizzeria|bakery|bar|café|cafe|salon|gym|school|academy|consultancy|provider|clinic|hotel|winery|dealer|realtor|agent|photographer|designer|developer|lawyer|accountant|coach|trainer|service|team|brand|product|app|platform|software|tool|solution) (in|on|of) (town|the city|the area|the region|the country|the world|the market|the industry|the business|the planet|\\p{Lu}\\p{L}+)",
  ],
  /** First person, for the test above. */
  self: ["we|we're|we've|we'll|us|our|ours|i'm|my|me"],
  /** "We found the best pizza in town": the writer is the customer, not the business. */
  customerVerbs: [
    '(i|we) (\\p{L}+ )?(found|tried|visited|discovered|recommend|ate|had|love|loved|hired|booked|met|know|chose|picked|use|used|went to|stayed at|worked with)',
  ],
};
