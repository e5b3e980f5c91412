/** Announcements of an announcement: they promise news and give none. */
export const teasers: readonly string[] = [
  '(big|huge|exciting|major|some|great|amazing|special|massive) (news|announcements?|things|changes|updates?|reveal|surprises?) (is |are )?(coming|dropping|ahead|on the way|incoming|landing|happening|brewing)( (very )?soon| tomorrow| next week| this week| on (monday|tuesday|wednesday|thursday|friday)| your way)?',
  '(big|huge|exciting|major) (news|announcement|reveal) (soon|tomorrow|next week|this week)',
  '(announcement|news|reveal|launch) (dropping|coming|landing) (tomorrow|soon|next week|this week)',
  'stay tuned', 'watch this space', 'keep (your|an) eyes? (peeled|open|out|on (this|our) (page|space|feed|account))',
  'something (big|huge|exciting|special|new|amazing|incredible|cool) (is )?(coming|brewing|cooking|happening|on the way|about to happen|in the works)( soon)?',
  "(we're|we are|i'm|i am) (cooking|working on|building) something (big|special|exciting|huge|cool)",
  "((we|i) )?(can't|cannot|can not) (say|share|tell you|reveal|spill) (much|more|anything|the details|details)( more| else)?( (just )?yet| for now| right now)?",
  '(all )?will be revealed( soon)?', "(the )?(big )?reveal (is )?(coming )?(soon|tomorrow|next week)",
  "(you|you'll) won't (want to )?(believe|miss) what'?s coming", "you (won't|will not) want to miss (this|it)",
  "guess what'?s coming", 'can you guess what', 'more (details|news|on this|info) soon',
  'more to come', '(details|more info|more details) (to follow|coming soon|soon)', 'coming soon(?!\\s*:)',
];
