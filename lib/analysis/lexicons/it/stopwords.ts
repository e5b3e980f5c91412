/** Frequent Italian function words that are not also frequent English words (used to detect the language). */
export const stopwords: readonly string[] = [
  'il', 'lo', 'la', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'della', 'dei', 'delle', 'degli',
  'da', 'dal', 'dalla', 'nel', 'nella', 'con', 'su', 'sul', 'sulla', 'per', 'tra', 'fra', 'e', 'è',
  'ed', 'o', 'ma', 'che', 'chi', 'non', 'si', 'sì', 'ci', 'ne', 'mi', 'ti', 'vi', 'ho', 'hai', 'ha',
  'abbiamo', 'avete', 'hanno', 'sono', 'sei', 'siamo', 'siete', 'era', 'essere', 'questo', 'questa',
  'questi', 'quello', 'quella', 'come', 'anche', 'più', 'molto', 'tutto', 'tutti', 'oggi', 'ogni',
  'nostro', 'nostra', 'vostro', 'vostra', 'mio', 'mia', 'tuo', 'tua', 'suo', 'sua', 'loro', 'perché',
  'quando', 'dove', 'cosa', 'però', 'già', 'ancora', 'sempre', 'dopo', 'prima', 'qui', 'grazie', 'nuovo',
  'nuova', 'lavoro', 'anni', 'fare', 'può', 'deve', 'alla', 'allo', 'agli', 'alle', 'al', 'ai', 'nei',
  'sui', 'dello', 'cui', 'se', 'solo', 'poi', 'così', 'stato', 'stata', 'fatto', 'noi', 'voi', 'io', 'tu',
];
