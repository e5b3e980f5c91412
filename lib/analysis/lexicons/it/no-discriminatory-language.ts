/**
 * Insulti discriminatori e generalizzazioni denigratorie verso gruppi (genere, origine, religione,
 * disabilità, orientamento sessuale, età). I modelli usano gli slot {group}, {member}, {det},
 * {filler} e quelli condivisi {copula}, {trait}, {dehumanising}, {strongDehumanising}, {contempt}
 * (vedi demeaning.ts).
 */

/** Insulti discriminatori: sbagliati con qualunque intenzione, mai scusati come citazione o negazione. */
export const slurs: readonly string[] = [
  'negr(o|a|i|e|etto|etti|accio|acci)',
  'froc(io|i|ione|ioni|etto)',
  'culatton(e|i)',
  '(ric|rec)chion(e|i)',
  'ricchiò',
  // Il nome, non l'aggettivo: "un ritardato", non "un pagamento ritardato".
  // Il contesto si guarda dietro la parola, non davanti: davanti, il controllo girerebbe a ogni
  // posizione del testo e la ricerca diventerebbe quadratica su lunghe file di spazi.
  'ritardat[oaie](?<=(?<!\\p{L})(un|una|dei|delle|degli|i|le|gli|quel|quella|quei|quelle|questo|questa|questi|queste|di|da|del|sei|siete|che|sto|sta) ritardat[oaie])',
  'mongoloid[ei]',
  'terron(e|i|a)',
  'vu\\s*cumpr(à|a)',
  'mus(o|i) giall(o|i)',
];

/** Grafie semplici a cui si riconducono le forme mascherate (fr0cio, n3gro). */
export const disguisable: readonly string[] = ['negro', 'negri', 'frocio', 'froci', 'culattone', 'ritardato', 'ritardati'];

/** Gruppi al plurale, come li si nomina. */
export const groups: readonly string[] = [
  'donne',
  'ragazze',
  'femmine',
  '(persone|gente) (di colore|nere|trans|gay|disabili|anziane|omosessuali|transgender|straniere|immigrate|musulmane|ebree|con disabilità)',
  'neri',
  'immigrat[ie]',
  'migranti',
  'stranier[ie]',
  'extracomunitari',
  'profughi',
  'rifugiati',
  'richiedenti asilo',
  'clandestini',
  'musulman[ie]',
  'islamici',
  'ebre[ie]',
  'cristiani',
  'cattolici',
  'rom',
  'sinti',
  'zingar[ie]',
  'nomadi',
  'cinesi',
  'african[ie]',
  'arab[ie]',
  'marocchini',
  'albanesi',
  '(rumeni|romeni)',
  'nigeriani',
  'senegalesi',
  'meridionali',
  'napoletani',
  'gay',
  'omosessuali',
  'lesbiche',
  'bisessuali',
  'trans',
  'transessuali',
  'transgender',
  'travestiti',
  'disabili',
  'handicappati',
  'autistici',
  'anziani',
  'boomer',
];

/** Un membro di un gruppo, per "tipico di una donna" o "niente di peggio di un …". */
export const groupMember: readonly string[] = [
  'donna',
  'ragazza',
  'femmina',
  'persona di colore',
  'nero',
  'immigrat[oa]',
  'migrante',
  'stranier[oa]',
  'extracomunitari[oa]',
  'profug[oa]',
  'clandestin[oa]',
  'musulman[oa]',
  'islamic[oa]',
  'ebre[oa]',
  'zingar[oa]',
  'cinese',
  'african[oa]',
  'arab[oa]',
  'marocchin[oa]',
  'albanese',
  '(rumen|romen)[oa]',
  'meridionale',
  'gay',
  'omosessuale',
  'lesbica',
  'trans',
  'transessuale',
  'travestit[oa]',
  'disabile',
  'handicappat[oa]',
  'autistic[oa]',
  'anzian[oa]',
];

/** Il determinante davanti a un gruppo: "gli immigrati", "tutte le donne", "questi musulmani". */
export const det: readonly string[] = [
  "((tutti|tutte|per|ad|a|con|tra|fra|di) )?(i|gli|le|dei|degli|delle|questi|queste|quei|quegli|quelle|certi|certe|molti|molte|alcuni|alcune|sti|'sti|altri|altre|voi) ",
];

export const dehumanisations: readonly string[] = [
  '{strongDehumanising} ((\\S+) ){0,2}che ((di|per|a) )?{det}{group}',
  '{det}{group} {filler}{copula} ({dehumanising}|{strongDehumanising})',
  '{det}{group} {filler}non (sono|siano) (esseri )?(umani|persone)',
  '{det}{group} {filler}(non )?(sono|siano) (meglio|migliori|peggio|peggiori|come) (di |dei |degli |delle |i |gli |le |un |una )?({dehumanising})',
  '(sciami|orde|branchi|mandrie|invasione|infestazione|ondata|marea) (di|dei|degli|delle) {group}',
  '{det}{group} {filler}(stanno |ci stanno )?(infestando|invadendo|infestano|invadono|si moltiplicano come)',
  '(sono|siano|è|sia|erano|restano|rimangono)( (solo|soltanto|tutti|tutte|davvero|proprio|dei|degli|delle|del|della|un|una|vero e proprio|veri e propri))* {strongDehumanising}',
  "non (sono|siano|è|sia) (altro|nient'altro|niente altro) che( (un|una|dei|degli|delle|del|della|vero e proprio|veri e propri))* ({dehumanising}|{strongDehumanising})",
];

export const generalisations: readonly string[] = [
  '{det}{group} {filler}{copula} {trait}',
  '{det}{group} {filler}non (sanno|sa|possono|potranno|riescono|riusciranno|saranno|sono|siano)( (mai|proprio|neanche|nemmeno|per niente|in grado di|capaci di))* (guidare|pensare|ragionare|lavorare|comandare|governare|fare (i conti|matematica)|essere (intelligenti|capaci|brav[ie]|normali|affidabili)|intelligenti|capaci|trattenersi|controllarsi|integrarsi)',
  '{contempt} {det}{group}',
  '{det}{group} {filler}(devono|dovrebbero|debbono|vanno|andrebbero) (stare|restare|rimanere|tornare|starsene|essere tenute|essere tenuti) ((\\S+) )?(in cucina|a casa|ai fornelli|zitte|zitti|al loro posto)',
  '(sdegno|disprezzo|odio|ribrezzo|disgusto|schifo) ((\\S+) ){0,2}per {det}{group}',
  '(tipico|tipica|comportamento tipico|roba|cose) (di|da) (un|una) {groupMember}',
  '{det}{group} ((\\S+) ){0,6}(rovin|distrugg)\\p{L}* (il nostro paese|la nostra società|l\'italia|la nazione|il paese|la civiltà)',
  '{det}{group} ((\\S+) ){0,4}mi (fanno|fate) (schifo|vomitare|orrore|ribrezzo)',
];

export const exclusions: readonly string[] = [
  '(tornatevene|tornate|andatevene|tornatene|tornino|se ne tornino|tornassero|rimandiamoli|rimandateli|rispediamoli|rispediteli|cacciamoli|cacciateli|rimpatriamoli|rimpatriateli) (tutti )?(a casa (vostra|loro|tua)|al (vostro|loro|tuo) paese|nel (vostro|loro|tuo) paese|nei loro paesi|in africa|da dove (siete|sono|sei) venut[oaie]|dal nostro paese|dall\'italia|con i barconi|sui barconi)',
  '{det}{group} {filler}non (appartengono|hanno posto|sono (i )?benvenut[ie]|devono stare|dovrebbero stare|meritano di stare)',
  '{det}{group} {filler}(dovrebbero|devono|debbano|vanno|andrebbero) (essere |stare |venire )?(tutti |tutte )?(rinchius[ie]|chius[ie]|in gabbia|negli zoo|allo zoo|in uno zoo|in un recinto|deportat[ie]|espuls[ie]|cacciat[ie]|rimpatriat[ie]|sterilizzat[ie]|castrat[ie]|curat[ie]|isolat[ie]|schedat[ie]|marchiat[ie])',
  'fuori (i|gli|le) {group}',
];
