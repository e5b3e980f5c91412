/**
 * Parole che sminuiscono le persone, condivise dalle regole sugli insulti (verso una persona o una
 * categoria) e sulla discriminazione (verso un gruppo). Si usano come slot: "{copula} {trait}".
 */

/** Fino a tre parole tra il soggetto e il verbo ("le persone di colore al comando sono"), mai una negazione. */
export const filler: readonly string[] = ["((?!(non|mai|né)(?![\\p{L}]))[\\p{L}\\p{N}\\x27\\u2019-]+ ){0,3}"];

/** Il verbo che attribuisce una qualità, con gli intensificatori e gli articoli che lo seguono. */
export const copula: readonly string[] = [
  "(sono|siano|fossero|saranno|sarebbero|restano|rimangono|erano|è|sia|sarà|resta|rimane|era)( (tutti|tutte|solo|soltanto|davvero|assolutamente|proprio|sempre|naturalmente|per natura|chiaramente|ovviamente|semplicemente|un|una|uno|dei|degli|delle|del|della|dello|il|la|lo|i|gli|le|vero e proprio|vera e propria|veri e propri|vere e proprie|veri|vere|vero|vera|nient'altro che|niente più che|come|così|tanto|troppo|un branco di|una massa di|un mucchio di|una manica di|schifosi|schifose|sporchi|sporche|luridi|luride))*",
  "non (sono|siano|erano|è|sia) (altro|nient'altro|niente altro) che( (un|una|dei|degli|delle|del|della|vero e proprio|veri e propri))*",
];

/** Disumanizzanti di per sé, chiunque sia il soggetto: "sono feccia". */
export const strongDehumanising: readonly string[] = [
  'feccia',
  "feccia (dell'umanità|della società|umana)",
  'sub-?uman[oi]',
  'spazzatura umana',
  'rifiut[oi] uman[oi]',
  'scart[oi] uman[oi]',
  'immondizia umana',
  'esseri inferiori',
  'merda umana',
];

/** Disumanizzanti se detti di persone: "gli immigrati sono topi", "sei una piaga". */
export const dehumanising: readonly string[] = [
  'animali',
  'bestie',
  'topi',
  'ratti',
  'scarafaggi',
  'vermi',
  'insetti',
  'parassiti',
  'zecche',
  'scimmie',
  'maiali',
  'porci',
  'cani',
  'spazzatura',
  'immondizia',
  'rifiuti',
  'sudiciume',
  'sporcizia',
  'letame',
  // Senza l'articolo, che porta la copula ("sono una piaga"): una parola comune come "una" non filtrerebbe nulla.
  'virus',
  'cancro',
  'tumore',
  'morbo',
  'flagello',
  'piaga',
  'peste',
  'malattia',
  'infezione',
  'epidemia',
  'pestilenza',
];

/** Tratti negativi attribuiti a un intero gruppo: "sono delinquenti", "sono pigri". */
export const traits: readonly string[] = [
  'delinquenti',
  'criminali',
  'ladri',
  'stupratori',
  'terroristi',
  'assassini',
  'spacciatori',
  'violenti',
  'pericolosi',
  'un pericolo',
  'una minaccia',
  'inferiori',
  'stupid[ie]',
  'scem[ie]',
  'idioti',
  'deficienti',
  'ignoranti',
  'pigri',
  'fannulloni',
  'sporchi',
  'schifos[ie]',
  'puzzolenti',
  'ripugnanti',
  'disgustos[ie]',
  'spregevoli',
  'malati( di mente)?',
  'pervertiti',
  'pedofili',
  'depravati',
  'anormali',
  'contro natura',
  '(i|le) peggiori',
  'pessim[ie]',
  'bugiard[ie]',
  'incapaci',
  'inutili',
  'buoni a nulla',
  'senza cervello',
  '(le )?persone (più )?(scem[ei]|stupid[ei]|merdose|orribili|schifose|inutili|ignoranti)',
  'violenti e crudeli',
  'crudeli',
];

/** Verbi di disprezzo verso un gruppo o una categoria: "odio …". */
export const contempt: readonly string[] = [
  "(io )?(odio|odiamo|detesto|detestiamo|disprezzo|disprezziamo|disdegno|aborro|non sopporto|non sopportiamo|non tollero|schifo)( (assolutamente|davvero|proprio|profondamente|cordialmente|tutti|tutte))*",
];

/** Parole dopo un verbo di disprezzo che lo riferiscono a un comportamento: "odio la gente che parla al cinema". */
export const behaviour: readonly string[] = ['che', 'quando', 'quand', 'con'];
