/**
 * Cues that a statement is denied, reported or condemned rather than made: "I don't think women are
 * inferior", "the myth that immigrants are criminals", "saying X is wrong".
 */

/** Before the statement, in the same clause. */
export const negations: readonly string[] = [
  "not",
  "\\p{L}+n't",
  "never",
  "no",
  "nobody",
  "no one",
  "none",
  "neither",
  "nor",
  "without",
  "stop",
  "against",
  "refuse to",
  "reject",
  "wrong to",
];

/** Negations that affirm what follows: "don't forget that …", "no doubt …". */
export const affirming: readonly string[] = [
  "(don't|do not|never) forget( that)?",
  "let's not forget( that)?",
  "no doubt( that)?",
  "not surprised( that)?",
  "(it's|it is) no (secret|surprise|coincidence)( that)?",
  "nothing (but|worse than)",
  "(no|not any|not much|don't see any|do not see any|see no) difference",
];

/** Before the statement: someone else's words, or a belief named as such. */
export const reporting: readonly string[] = [
  "(he|she|they|someone|somebody|people|a (man|woman|guy|user|commenter|speaker|colleague|manager|client|customer)) (said|says|told (me|us|her|him|them)|wrote|writes|tweeted|posted|claimed|claims)",
  "(saying|to say|say|said|claiming|to claim) that",
  "(heard|read|hear|see) (someone|people|comments|things like)",
  "(comments|phrases|words|remarks|slogans|jokes|lines) like",
  "the (idea|myth|notion|belief|claim|stereotype|lie|trope|assumption|prejudice) that",
  "stereotypes? (like|such as)",
  "(called|calls|call) (me|us|him|her|them|you) (a|an)",
];

/** After the statement: the writer condemns it. */
export const condemnations: readonly string[] = [
  "(is|are|was|it's|that's) (wrong|false|racist|sexist|homophobic|transphobic|ableist|bigoted|hateful|unacceptable|offensive|disgusting|a myth|a lie|a stereotype|nonsense|not ok|not okay|hate speech)",
  "(isn't|is not|wasn't) (true|ok|okay|acceptable|a joke|funny)",
];

/** Before a reporting cue, it endorses instead: "what's wrong with saying that …". */
export const endorsing: readonly string[] = [
  "am i wrong (to think|to say|for thinking|for saying|in thinking)","(what's|what is|where's) (wrong|the problem|the harm) (with|in)"];
