/** Appeals to an authority nobody can check: they spread errors when the post names no source. */
export const vagueAuthority: readonly string[] = [
  '(studies|research|science|statistics|stats) (shows?|proves?|says?|confirms?|has shown|have shown|has proven|have proven|is clear|tells us|suggests)',
  '(a|one|new|recent|a new|a recent) (study|survey|report|paper) (shows|found|finds|proves|says|showed|proved|confirms)',
  'scientifically proven', "(it is|it's|it has been|it's been) (scientifically )?proven( that)?", 'proven fact',
  "(it is|it's) a (known |well-known |proven |scientific )?fact( that)?", 'fact:', '(all |most )?experts (agree|say|recommend|confirm)',
  '(every|any) expert will tell you', 'doctors (recommend|agree|hate)', 'everyone knows', 'everybody knows', 'we all know( that)?',
  "it's common knowledge", 'as everyone knows', 'no one can deny', "numbers don't lie", 'the science is (clear|settled)',
  // A debate declared closed: a claim dressed as settled fact.
  "(it's|it is|the (matter|question|debate|case) is) (settled|closed|over)", '(end of|case closed|full stop,?) (story|discussion|debate)',
  'no (serious|real|credible|sane|reputable|competent|honest) (expert|scientist|doctor|economist|researcher|person|professional)s? (disagrees?|would (disagree|argue|deny)|doubts?|denies|questions?)',
  "(there's|there is) no (debate|discussion|argument) (about it|anymore|here|left)", 'beyond (any|all) doubt', 'undeniable (fact|truth)',
];

/** Absolute promises about results: nothing always works. */
export const absolutePromise: readonly string[] = [
  '100\\s?% guaranteed', 'guaranteed (results|success|to work|to (double|triple|grow|boost|increase|sell))',
  '(results|success) guaranteed', '(works|worked) (every (single )?time|100\\s?% of the time)', 'always works', 'never fails',
  "(can't|cannot) fail", '(is|it\'s) (foolproof|fail-?proof)', '100\\s?% (effective|success rate)',
  'proven to (work|increase|boost|double|reduce|cure|grow)',
];
