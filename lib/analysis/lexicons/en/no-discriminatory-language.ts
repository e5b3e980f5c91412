/**
 * Slurs and demeaning generalisations about groups (gender, ethnicity, religion, disability, sexual
 * orientation, age, origin). Templates use slots: {group}, {det}, {filler} and the shared
 * {copula}, {trait}, {dehumanising}, {strongDehumanising}, {contempt} (see demeaning.ts).
 */

/** Slurs: wrong whatever the intent, so they are never excused as quoted or negated. */
export const slurs: readonly string[] = [
  'nigg(a|as|az|ah|ahs|er|ers|uh|uhs|ress|aa)',
  'nigs?',
  'fag(s|got|gots|goty|gy)?',
  'dykes?(?<!van dykes?)',
  'trann(y|ies)',
  'shemales?',
  'homos?(?! (sapiens|erectus|habilis|neanderthalensis|economicus|novus|faber|ludens))',
  'lesbos',
  'spics?(?!(-| )and)',
  'wetbacks?',
  'beaners?',
  'chinks?(?! in)',
  'gooks?',
  'japs?',
  'japped',
  'kikes?',
  'ragheads?',
  'towelheads?',
  'sand\\s*nigg\\p{L}*',
  'camel\\s*jockeys?',
  'porch\\s*monk(ey|eys|ies)',
  'jungle\\s*bunn(y|ies)',
  'spear\\s*chuckers?',
  'half-?breeds?',
  'wiggers?',
  'wops?',
  'dagos?',
  'pakis?',
  'muzzies?',
  'muzrats?',
  'retard(s|ed)?',
  'spaz',
  'mongoloids?',
  'white trash',
];

/** Plain spellings that disguised slurs (n****r, f@g) are read back to. */
export const disguisable: readonly string[] = ['nigger', 'nigga', 'faggot', 'retard', 'tranny', 'dyke', 'spic', 'kike'];

/** Groups, in the plural, as people name them. */
export const groups: readonly string[] = [
  'women',
  'girls',
  'females',
  '(black|white|brown|asian|jewish|muslim|gay|lesbian|trans|transgender|disabled|old|autistic|mexican|chinese|indian|arab|african|latino|latina|hispanic|romanian|polish|albanian|gypsy|roma|foreign|immigrant) (people|folks|men|women|guys|girls|kids|persons|ppl)',
  'blacks',
  'whites',
  'asians',
  'mexicans',
  'latinos',
  'hispanics',
  'arabs',
  'africans',
  'indians',
  'pakistanis',
  'romanians',
  'albanians',
  'gypsies',
  'immigrants',
  'migrants',
  'refugees',
  'asylum seekers',
  'foreigners',
  'illegals',
  'illegal aliens',
  'muslims',
  'moslems',
  'jews',
  'christians',
  'catholics',
  'hindus',
  'sikhs',
  'atheists',
  'gays',
  'homosexuals',
  'lesbians',
  'bisexuals',
  'transgenders',
  'transsexuals',
  'queers',
  'the disabled',
  'cripples',
  'autistics',
  'the elderly',
  'boomers',
  'millennials',
  'gen z(ers)?',
  'zoomers',
  '(you|these|those) people',
];

/** One member of a group, for "typical woman driver" or "what do you expect from a …". */
export const groupMember: readonly string[] = [
  'woman',
  'female',
  'girl',
  'muslim',
  'jew',
  'immigrant',
  'migrant',
  'foreigner',
  'black (guy|man|woman|person)',
  'mexican',
  'arab',
  'gay',
  'lesbian',
  'trans (person|woman|man)',
  'disabled person',
  'boomer',
];

/** Optional words before a group. */
export const det: readonly string[] = ['((all|most|these|those|the|you|all the|all of the|all you|fucking|filthy|dirty|damn|bloody|typical) )?'];

export const dehumanisations: readonly string[] = [
  '{strongDehumanising} ((\\S+) ){0,2}than ((about|for) )?{det}{group}',
  '{det}{group} {filler}{copula} ({dehumanising}|{strongDehumanising})',
  "{det}{group} {filler}(aren't|are not|ain't) (even )?(real )?(people|human|humans|persons)",
  '{det}{group} {filler}are (like|no better than|worse than) (a |an )?({dehumanising})',
  '(swarms?|hordes?|infestation|invasion|plague|flood|wave) of {group}',
  '{det}{group} {filler}(are )?(invading|infesting|swarming|breeding like)',
  "(are|is|were|they're|theyre) ((just|all|only|nothing but|literally|the) )*{strongDehumanising}",
];

export const generalisations: readonly string[] = [
  '{det}{group} {filler}{copula} {trait}',
  "{det}{group} {filler}(can't|cannot|can never|will never|are unable to|don't know how to|shouldn't be allowed to|should not be allowed to|shouldn't|should not|have no business) ((\\S+) )?(drive|lead|code|think|vote|work|handle|manage|be (trusted|leaders|engineers|in charge|smart|intelligent|bosses)|do (math|maths|science|business))",
  '{det}{group} {filler}(belong|should stay|should be|must stay|need to stay|should remain|should be kept|must be kept) ((\\S+) )?(in the kitchen|at home|barefoot|in their place|quiet|silent|seen and not heard)',
  '{contempt} {det}{group}',
  "{det}{group} (lives )?(don't|do not) matter",
  '{det}{group} {filler}(are )?(ruining|destroying|taking over|polluting|stealing) (our|this|the) (country|nation|society|culture|neighbou?rhoods?|jobs|streets|city|cities|schools|race)',
  '(typical|such a|what a) {groupMember} (thing|move|behaviou?r|driver|logic)',
  '(what|what else) (do|did|can|could) you expect from (a|an) {groupMember}',
];

export const exclusions: readonly string[] = [
  'go back to (your|their|ur) (own )?(country|countries|homeland|home country|village|desert|jungle|cave)',
  'go back (to )?where (you|they|u) came from',
  "(send|ship) (them|em|'em|all of them) (all )?back",
  "(deport|expel) (them|em|'em|all of them|all)( all)?",
  "{det}{group} {filler}(don't|do not) belong (here|in (this|our|the) (country|nation|company|industry|society))",
  '{det}{group} {filler}(are )?not welcome',
  '{det}{group} {filler}(should|must|need to|ought to) (all )?(be )?(deported|sent back|locked up|kicked out|removed|banned|expelled|put in camps|go back|sterili[sz]ed|castrated)',
  'no (more )?{group} (allowed|welcome)',
];
