/**
 * Insults, mockery of customers and colleagues, and threats. Templates use slots: {insultNoun},
 * {insultWord}, {person}, {role}, {roleDet}, {filler} and the shared {copula}, {dehumanising},
 * {strongDehumanising}, {contempt} (see demeaning.ts).
 */

/** Name-calling nouns: an insult whoever they are aimed at (except oneself, see `selfReference`). */
export const insultNouns: readonly string[] = [
  'idiots?(?!-proof)',
  'morons?',
  'imbeciles?',
  'cretins?',
  'dimwits?',
  'nitwits?',
  'halfwits?',
  'numbskulls?',
  'scumbags?',
  'douche\\s*(bag|bags|s)?',
  'low-?lifes?',
  'ignoramus(es)?',
  'buffoons?',
  'knuckle-?heads?',
  'boneheads?',
  'meatheads?',
  'pieces? of (garbage|trash|crap|work)',
  'wastes? of (space|oxygen|air|skin)',
];

/** Plain spellings that disguised insults (1d10t, m0ron, st*pid) are read back to. */
export const disguisable: readonly string[] = ['idiot', 'idiots', 'moron', 'morons', 'imbecile', 'stupid', 'loser'];

/** Words that insult only when aimed at someone: "you're pathetic", not "a pathetic week". */
export const insultWords: readonly string[] = [
  'stupid',
  'dumb',
  'pathetic',
  'useless',
  'worthless',
  'clueless',
  'incompetent',
  'incompetents',
  'ignorant',
  'brainless',
  'brain-?dead',
  'losers?',
  'clowns?',
  'jerks?',
  'fools?',
  // Without the article, which the copula brings ("you're a joke").
  'joke',
  'disgrace',
  'embarrassment',
  'failure',
  'creeps?',
  'weirdos?',
  'freaks?',
  'hypocrites?',
  'bozos?',
  'muppets?',
  'snowflakes?',
  'sheep',
  'trash',
  'garbage',
  'amateurs',
];

/** Nouns that insult a person when aimed at them: "you clown", "what a loser". */
export const insultPersons: readonly string[] = [
  'losers?',
  'clowns?',
  'jerks?',
  'fools?',
  'creeps?',
  'weirdos?',
  'freaks?',
  'hypocrites?',
  'bozos?',
  'muppets?',
  'sheep',
  'amateurs',
  'incompetents',
];

/** People the mockery lands on: customers, colleagues, roles. */
export const roles: readonly string[] = [
  'customers',
  'clients',
  'users',
  'buyers',
  'shoppers',
  'consumers',
  'guests',
  'patients',
  'colleagues',
  'co-?workers',
  'teammates',
  'interns',
  'employees',
  'staff',
  'managers',
  'bosses',
  'boss',
  'recruiters',
  'candidates',
  'applicants',
  'followers',
  'readers',
  'subscribers',
  'students',
  'teachers',
  'nurses',
  'doctors',
  'waiters',
  'cops',
  'police',
  'firefighters',
  'accountants',
  'lawyers',
  'developers',
  'devs',
  'engineers',
  'designers',
  'marketers',
  'salespeople',
  'sales reps',
  'politicians',
  'journalists',
  'voters',
  'drivers',
  'tourists',
  'parents',
];

/** People in general: mocked as a whole only when nothing narrows them ("I hate people", not "people who lie"). */
export const people: readonly string[] = ['people', 'everyone here', 'humans', 'humanity'];

/** Words before a role: "our customers", "my boss". */
export const roleDet: readonly string[] = ['((our|my|your|their|the|these|those|most|some|all|all the|all our|half (of )?(our|the|my)) )?'];

/** Whom a threat is aimed at. */
export const person: readonly string[] = [
  'you',
  'u',
  'ya',
  "y'all",
  'yall',
  'him',
  'her',
  'them',
  'em',
  'everyone',
  'everybody',
  'all of (you|them)',
  'every (one|last one) of (you|them)',
  '(your|ur|yo) (\\S+)',
  '(those|these|that|this) (guy|guys|bitch|bitches|woman|women|man|men|girl|boy|dude|people|person|kid|fag|faggot|clown|idiot)',
];

/** Insults aimed at the reader or someone addressed: "you idiot", "you're pathetic". */
export const insults: readonly string[] = [
  // Vocative: "you idiot", "you stupid clown".
  "(you|u|ya|you guys|you people|you lot)( (stupid|dumb|fucking|freaking|pathetic|useless|worthless|little|big|fat|ugly|lazy|absolute|complete|total|utter|bloody|damn))* ({insultNoun}|{insultPerson})",
  "(you're|youre|ur|you are|u r|you were|y'all are|yall are|you guys are|you people are)( (such|so|a|an|the|just|really|truly|completely|totally|utterly|absolutely|fucking|freaking|damn|bloody|big|biggest|little|complete|total|absolute|utter|pathetic|stupid|dumb|useless|worthless|fat|ugly|lazy|bunch of|pack of|nothing but|nothing more than))*( (a|an) (\\S+))? ({insultNoun}|{insultWord}|{dehumanising}|{strongDehumanising})",
  'shut (the fuck |the hell )?up',
  'stfu',
  'gtfo',
  'nobody asked (you|u)',
  'screw (you|u|them|him|her|all of you|yourself)',
  "(are you|r u|are u) (stupid|dumb|blind|illiterate|an idiot|retarded|brain-?dead)",
  "(can't|cannot|can not) (you|u) (even )?read",
  'learn (how )?to read',
  '(your|ur) life (is worthless|means nothing|is meaningless|has no value)',
  '(you|u) make me (sick|puke|vomit)',
];

/** Name-calling with no "you": excused when the writer means themself. */
export const nameCalling: readonly string[] = [
  '(what|such) (a|an)( (complete|total|absolute|utter|fucking|stupid|pathetic|useless|worthless|dumb|little|big))* ({insultNoun}|{insultPerson})',
  '{insultNoun}',
];

export const mockery: readonly string[] = [
  '{roleDet}({role}|{people}) {filler}{copula} ({insultNoun}|{insultWord}|{dehumanising}|{strongDehumanising}|the (dumbest|stupidest|worst) people)',
  '{roleDet}{role} {filler}(are|is) (too|so) (dumb|stupid|lazy|clueless|slow|thick|incompetent|ignorant|brainless) to',
  "{roleDet}{role} (who|that) (can't|cannot|don't|do not|still don't|never) (even )?(read|understand (anything|a thing|simple|basic|the basics|english)|follow (simple|basic) instructions)",
  '{contempt} {roleDet}{role}(?! ({behaviour}))',
  '{contempt} {roleDet}{people}(?=\\s*([,.;:!?]|$))',
  '(bunch|pack|gang|band|herd|flock|load|room full) of (idiots|morons|clowns|incompetents|imbeciles|cretins|losers|sheep|monkeys|amateurs|muppets|dimwits)',
  // Contempt with no insult word: people written off as a type.
  "(anyone|anybody|everyone|people|those|whoever|someone|somebody) (who|that|stupid enough to|dumb enough to|naive enough to)( \\S+){0,6} (deserves?|deserved) (to (be|get) (scammed|ripped off|fleeced|robbed|fooled|conned|burned|what)|what (they|he|she) gets?|it|every)",
  "(the|your) (average|typical|usual) ({role}|person|customer|voter|driver|user|guy|reader|man|woman|citizen) ((can't|cannot|couldn't) (even )?(read|count|spell|think|write|understand (a|the|simple|basic))|(has|have) no (brain|clue)|wouldn't know (a|an|the|how))",
  "(some|certain|these|those|most) people (shouldn't|should not|should never) be allowed (to|near|anywhere)",
  "(people like (that|this|them|you)|such people) (shouldn't|should not|don't deserve|do not deserve|are (the problem|why))",
  "{roleDet}({role}|{people}) (are|is) (the most|the least|basically|just|nothing but|a bunch of|all)( \\S+){0,2} (useless|arrogant|lazy|clueless|entitled|incompetent|stupid|dumb|cattle|sheep|children|parasites|leeches|vultures|clowns)",
  "({people}|{role}|anyone|those) (who|that)( \\S+){1,8} should (all )?be (refused (service|entry)|shown the door|thrown out|banned|charged double|publicly (named|shamed)|named and shamed|fired on the spot)",
  '(no|zero) (taste|manners|brains?|respect|shame|class|spine),? (no|zero) (taste|manners|brains?|respect|shame|class|business|spine)',
  '(talentless|spineless|brainless|gutless) (grifters?|hacks?|frauds?|idiots?|people|losers?|amateurs?)',
  "(some|certain|these|those) people have no (shame|brains?|manners|respect)( at all| whatsoever)?",

];

/** What violence wishes on people: "should be killed". */
export const harmed: readonly string[] = [
  'killed',
  'shot',
  'hanged',
  'hung',
  'lynched',
  'executed',
  'exterminated',
  'gassed',
  'burned',
  'raped',
  'murdered',
  'put down',
  'wiped out',
  'die',
  'suffer',
];

/** Whom violence is wished on, besides {person}: groups and roles ("kill all cops"). */
export const victims: readonly string[] = ['{group}', '{role}', '((?<!\\S)(\\S+) )?(babies|kids|children|men|women|people)'];

/** Threats and wishes of violence; "I'll shoot you an email" is not one. */
export const threats: readonly string[] = [
  "(i'll|i will|i'm going to|i'm gonna|im gonna|i am going to|i am gonna|ima|i'ma|imma|gonna|going to|i want to|i wanna|i'd like to)( (\\S+))? (kill|murder|stab|shoot|rape|strangle|choke|hang|lynch|hurt|punch|slap|carve|beat the (shit|crap|hell) out of|beat up) {person}(?! (a|an|some|the|my|our|this|that|over|back|through|up|down|out|in on)(?![\\p{L}]))",
  "({person}|{victim}) (\\S+ ){0,3}(should|must|need to|ought to|deserves? to) (all |just )?(be |get )?{harmed}",
  '(deserves?|deserved) to (die|be (killed|shot|raped|hanged|hung))',
  '(kill|shoot|hang|lynch|gas|exterminate|wipe out) (all|every) (the |of the |of )?{victim}',
  '(death|deaths) to (all )?(the )?{victim}',
  "hope (you|u|he|she|they|ya|y'all|yall|your \\S+) (die|dies|get killed|gets killed|rot|rots|burn|burns|choke|chokes|get cancer|gets cancer|drown|drowns)",
  'hope (the |a |that )?(\\S+) (kills|will kill) (you|your|ur|them|him|her|all)',
  'kys',
  'kill (yourself|urself|yourselves)',
  'go die',
  'drop dead',
  'hang yourself',
  'i know where (you|u) live',
  "(you're|you are|ur) (a dead man|gonna die|going to die)",
  "(raping|killing|beating|shooting) ((\\S+) ){0,3}(should(n't| not) be|isn't|is not) (illegal|a crime)",
  "(i'd|i would) (love|like) to see ((\\S+) ){0,3}(suffer|die|burn|hang|rot)",
];

/** Before an insult noun: the writer calls themself names ("I was an idiot to skip backups"). */
export const selfReference: readonly string[] = [
  "(i|i'm|im|i am|i was|i've been|i have been|i feel|i felt|i look|i looked|i sounded|made me|me|myself|we|we're|we were) ((?!(you|u|ya|your)(?![\\p{L}\\x27\\u2019]))(\\S+) ){0,4}$",
];

/** Before an insult: a condition, not an accusation ("if you're clueless about taxes, read this"). */
export const conditional: readonly string[] = ['(if|when|whether|unless|even if|in case) ((\\S+) ){0,3}$'];
