/**
 * English profanity, graded by how sure a match is. Entries are whole words (see lexicon.ts), so
 * Scunthorpe, "assessment", "cocktail" and "class" never match.
 */

/** Vulgar in any context. */
export const sure: readonly string[] = [
  // Written out word by word, so each entry begins with a word rare enough to screen sentences by
  // (see word-screen.ts); "motherfucker" is the entry below.
  "fuck(s|ed|er|ers|ing|in|in'|a|as|face|faces|head|heads|wit|wits|boy|boys|boi|bois|tard|tards|up|ups|ery|load)?",
  "fuu+c*k+(s|ed|er|ers|ing|in|in'|a|as|face|faces|head|heads|wit|wits|boy|boys|boi|bois|tard|tards|up|ups|ery|load)?",
  '(mot|mut)h[ae]r?\\p{L}{0,3}f\\p{L}{0,2}c?k\\p{L}*',
  'fucc(s|ed|ing|in|a|as)?',
  'fuc',
  'fck(s|ed|er|ing|in)?',
  'fkn',
  '(fuk|fvk)k?(ing|in|ed|er)?',
  'phuck(s|ed|er|ing|in)?',
  'shit(s|ty|tier|tiest|head|heads|hole|holes|show|shows|storm|storms|load|ting|tin|ted|ter|face|bag)?',
  '(bull|horse|dip|bat|chicken)\\s*shit(s|ting)?',
  'shite',
  'bitch(es|ed|ing|in|y|ass)?',
  'bi+a+tch(es)?',
  '(biotch|byotch)(es)?',
  'bytch(es)?',
  'beo+tch',
  'cunt(s|y)?',
  'twat(s)?',
  'wank(er|ers|ing|ed)?',
  'bollocks',
  'arsehole(s)?',
  'ass(es|hole|holes|hat|hats|wipe|wipes|clown|clowns|face)',
  '(dumb|jack|smart|fat|lame|punk|broke)\\s*ass(es)?',
  'pussy(?! (willow|cat))',
  'pussies',
  'dickhead(s)?',
  'dickwad(s)?',
  'cocksucker(s)?',
  'whore(s)?',
  'slut(s|ty)?',
  'hoe(s)?',
  'thot(s)?',
  'skank(s|y)?',
  'piss(ed|es|ing)?',
  // Not Latin ("summa cum laude") nor "kitchen-cum-office".
  '(?<!-)cum(s|ming|shot|shots)?(?! (laude|grano)|-)',
  'jizz',
  'tits(?<!(blue|great|coal|marsh|crested) tits)',
  'titties',
  '(blow|hand|rim)\\s*job(s)?',
  'dildo(s)?',
  'god\\s*damn(ed|it)?',
  'god\\s*dam(mit|it)',
  'bastard(s)?',
];

/**
 * Ambiguous words, only in their clearly vulgar uses: "hell" and "damn" are ordinary in
 * "hell of a week" or "Paradise Lost", but not in "go to hell" or "damn you".
 */
export const vulgarUses: readonly string[] = [
  'damn (it|you|them|him|her|right|straight)',
  'dam+it',
  'damnit',
  'go to hell',
  '(what|who|where|why|how) the hell',
  'the hell (out|with|up)',
  'bloody hell',
  'hell no',
  '(you|a|what a|such a|little|total|fucking) prick(s)?',
  '(bugger|sod) off',
];

/**
 * Matched with their case: capitalised, "Dick" is a name (Dick Fosbury, Philip K. Dick) and "Ass." is
 * an abbreviation (assistant; in Italian associazione, assessore).
 */
export const caseSensitive: readonly string[] = ['dick', 'dicks', 'cock', 'cocks', 'ass', 'asses', 'Ass(?!\\.)', 'Asses', 'ASS', 'ASSES'];

/** Plain words that disguised spellings (f*ck, s**t, a**hole) are read back to, most common first. */
export const disguisable: readonly string[] = [
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'fuckin',
  'fucks',
  'motherfucker',
  'shit',
  'shitty',
  'bullshit',
  'bitch',
  'bitches',
  'asshole',
  'ass',
  'cunt',
  'pussy',
  'dick',
  'cock',
  'bastard',
  'whore',
  'slut',
  'damn',
  'goddamn',
  'piss',
  'pissed',
];
