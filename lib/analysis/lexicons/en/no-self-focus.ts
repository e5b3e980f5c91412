/** Words that point at the writer, and words that point at the reader. */
export const selfFocus = {
  /** "US" in capitals is the country, so the rule skips it. */
  self: ["i", "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves', 'im', 'ive'],
  reader: [
    // "Thank you" is gratitude, not a word to the reader.
    '(?<!thank\\s)you', "you're", "you've", "you'd", "you'll", 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', "y'all", 'yall', 'ya',
    // The inclusive form speaks with the reader.
    "let's",
  ],
  /** Teaching from experience: a mistake and what the writer does now is a lesson, not a boast. */
  lesson: [
    'mistakes?',
    '(now|these days|nowadays|since then) (i|we) (always |never |only |just |first )?(do|use|write|batch|ask|keep|block|say|send|plan|check|start|spend|put|try|take|make|read|schedule|book|turn|cut|reply|answer|review|prepare|track|measure|set|leave|run|test|share|delegate|automate)', '(i|we) used to', "(i|we) (don't|do not|no longer|never) \\p{L}+ anymore",
    'what (i|we) do (now|instead|differently)', '(i|we) (stopped|quit|switched to|switched from|replaced|dropped)',
    '(i|we) started (doing|using|writing|blocking|asking|saying|keeping|sending|batching|tracking|planning|reading)',
    'the (fix|trick|key|result|difference|lesson|solution|change)', 'what (worked|works|helped|changed)', '(it|this|that) (takes|saves|saved|cuts|cut|halved|doubled|freed|catches|caught|helps|helped|works|worked|fixes|fixed)', 'the best (thing|decision|habit|change|investment) (i|we)',
    'learn(ed|t|ing)?', 'lessons?', 'advice', 'tips?',
  ],
} as const;
