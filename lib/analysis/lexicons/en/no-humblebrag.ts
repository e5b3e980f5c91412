/** Openers that announce one's own news dressed as modesty or excitement. */
export const humblebrag: readonly string[] = [
  "(i'm|i am|we're|we are|feeling|so|truly|deeply) (humbled|honou?red|thrilled|excited|delighted|proud|blessed|grateful) (and (humbled|honou?red|thrilled|excited|delighted|proud|blessed|grateful) )?(to|that i|that we) (announce|share|say|report|have been|be|receive|accept|join)",
  "(humbled|honou?red|thrilled|proud|blessed|excited|delighted|overjoyed) (and (humbled|honou?red|thrilled|proud|blessed|excited|delighted) )?to (announce|share|have been (named|selected|recogni[sz]ed|chosen))",
  // "Happy to share that I'm starting a new position", not "happy to share our template".
  "(i'm|i am|we're|we are) (so |very |really |super |beyond |incredibly )?(happy|pleased|glad|excited|over the moon) to (announce (that|my|our)|share that)",
  "it is with (great |immense |enormous )?(pleasure|pride|joy|excitement) that (i|we) (announce|share)",
  "(can't|cannot) believe (i|we) (was|were|got|have been) (named|selected|chosen|recognized|awarded)",
  "not to brag,? but",
  "(still|i'm still|so) (pinching myself|in shock)",
  "i never thought (i|little old me) would",
  'so humbled',
  'humbled beyond words',
];
