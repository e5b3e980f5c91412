/** Openers that announce one's own news dressed as modesty or excitement. */
export const humblebrag: readonly string[] = [
  "(i'm|i am|we're|we are|feeling|so|truly|deeply) (humbled|honou?red|thrilled|excited|delighted|proud|blessed|grateful) (and (humbled|honou?red|thrilled|excited|delighted|proud|blessed|grateful) )?(to|that i|that we) (announce|share|say|report|have been|be|receive|accept|join)",
  "(humbled|honou?red|thrilled|proud|blessed) (and (humbled|honou?red|thrilled|proud|blessed) )?to (announce|share|have been (named|selected|recognized|chosen))",
  "(can't|cannot) believe (i|we) (was|were|got|have been) (named|selected|chosen|recognized|awarded)",
  "not to brag,? but",
  "(still|i'm still|so) (pinching myself|in shock)",
  "i never thought (i|little old me) would",
  'so humbled',
  'humbled beyond words',
];
