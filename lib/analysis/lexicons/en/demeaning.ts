/**
 * Words that demean people, shared by the rules on insults (aimed at a person or a role) and on
 * discrimination (aimed at a group). Used through slots: "{copula} {trait}".
 */

/** Up to three words between a subject and its verb ("women in tech are"), never a negation. */
export const filler: readonly string[] = ["((?!(not|never|no|nor|aren't|isn't|ain't)(?![\\p{L}]))[\\p{L}\\p{N}\\x27\\u2019-]+ ){0,3}"];

/** The verb that pins a description on someone, with the intensifiers and articles that follow it. */
export const copula: readonly string[] = [
  "(are|is|were|was|be|'re|will always be|ain't)( (all|just|only|nothing but|nothing more than|literally|basically|simply|really|truly|naturally|inherently|always|mostly|clearly|obviously|so|such|like|a|an|the|bunch of|pack of|fucking|complete|total|absolute|utter|filthy|dirty|dumb|stupid|lazy|disgusting|worthless))*",
];

/** Dehumanising on their own, whoever the subject: "they are vermin". */
export const strongDehumanising: readonly string[] = [
  'vermin',
  'scum',
  'scum of the earth',
  'sub-?humans?',
  'human (garbage|trash|waste|filth|debris)',
  'untermenschen',
  'dirt under my (shoe|shoes)',
];

/** Dehumanising when said of people: "immigrants are rats", "you are a disease". */
export const dehumanising: readonly string[] = [
  'animals',
  'beasts',
  'rats',
  'cockroaches',
  'roaches',
  'insects',
  'parasites',
  'leeches',
  'apes',
  'monkeys',
  'pigs',
  'swine',
  'dogs',
  'trash',
  'garbage',
  'filth',
  // Without the article, which the copula brings ("are a disease"): a word as common as "a" would screen nothing.
  'diseases?',
  'plagues?',
  'cancer',
  'virus',
  'infestation',
  'pests?',
  'pestilence',
];

/** Negative traits pinned on a whole group: "are criminals", "are lazy". */
export const traits: readonly string[] = [
  'criminals',
  'rapists',
  'terrorists',
  'thieves',
  'murderers',
  'killers',
  'thugs',
  'drug dealers',
  'gangsters',
  'savages',
  'barbarians',
  'primitive',
  'inferior',
  'stupid',
  'dumb',
  'idiots',
  'morons',
  'lazy',
  'dirty',
  'filthy',
  'smelly',
  'disgusting',
  'evil',
  'sick',
  'mentally ill',
  'perverts',
  'perverted',
  'p(a)?edophiles',
  'predators',
  'groomers',
  'freaks',
  'abominations',
  'abnormal',
  'unnatural',
  'a (threat|danger|menace|burden)',
  'dangerous',
  'useless',
  'worthless',
  'liars',
  'greedy',
  'violent',
  'the worst',
  'the (dumbest|stupidest|worst) people',
  'bad drivers',
  'too emotional',
  'hysterical',
  'less (intelligent|capable|human)',
  'not (as )?(smart|intelligent|capable)',
  'good for nothing',
  'brainless',
];

/** Verbs of contempt aimed at a group or a role: "I hate …". */
export const contempt: readonly string[] = [
  "(i )?(hate|despise|detest|loathe|can't stand|cannot stand|can't tolerate|am disgusted by|am sick of)( (all|the|these|those|fucking|damn|bloody|most))*",
];

/** Words after a contempt verb showing it is about a behaviour, not people: "people who talk in cinemas". */
export const behaviour: readonly string[] = ['who', 'that', 'when', 'which', 'with'];
