/** Openers that greet the reader without telling them anything: what a fold can hide behind. */
export const greetings: readonly string[] = [
  "(hi|hello|hey|hiya|howdy|greetings|good (morning|afternoon|evening)|morning|evening|gm)( (all|y'all|everyone|everybody|folks|friends|team|there|people|fam|family|linkedin|network|connections|community|world|insta|instagram))*",
  '(dear|my dear) (all|friends|colleagues|network|connections|community|followers|linkedin)',
  'happy (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new year|holidays)( (all|everyone|everybody|folks|friends))?',
  'tgif',
  "it's (monday|friday) again",
];
