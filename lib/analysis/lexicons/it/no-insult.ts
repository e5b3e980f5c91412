/**
 * Insulti, scherno verso clienti e colleghi, minacce. I modelli usano gli slot {insultNoun},
 * {insultWord}, {role}, {roleDet}, {filler} e quelli condivisi {copula}, {dehumanising},
 * {strongDehumanising}, {contempt} (vedi demeaning.ts).
 */

/** Insulti in forma di nome: lo sono chiunque colpiscano (tranne sé stessi, vedi `selfReference`). */
export const insultNouns: readonly string[] = [
  'idiot[aie](?! savant)',
  'imbecill[ei]',
  'cretin[oaie]',
  'deficient[ei]',
  'mentecatt[oaie]',
  'babbe[oi]',
  'decerebrat[oaie]',
  'minorat[oaie] mental[ei]',
  'analfabet[aie] funzional[ei]',
  'buon[oi] a nulla',
  'pezz[oi] di (merda|idiota|imbecille|cretino|m\\*\\*\\*a)',
  'faccia da (culo|schiaffi|bronzo)',
  'testa di (rapa|legno|minchia)',
];

/** Grafie semplici a cui si riconducono gli insulti mascherati (1d10ta, cr3tino, st*pido). */
export const disguisable: readonly string[] = ['idiota', 'idioti', 'imbecille', 'cretino', 'cretina', 'stupido', 'stupida', 'deficiente'];

/** Parole che insultano solo se rivolte a qualcuno: "sei patetico", non "una scusa patetica". */
export const insultWords: readonly string[] = [
  'stupid[oaie]',
  'scem[oaie]',
  'incompetent[ei]',
  'ignorant[ei]',
  'fallit[oaie]',
  'pagliacci[o]?',
  'buffon[ei]',
  'incapac[ei]',
  'inutil[ei]',
  'sfigat[oaie]',
  'capr[ae]',
  'somar[oi]',
  'zotic[oaie]',
  'cafon[ei]',
  'verm[ei]',
  'parassit[ai]',
  'piaga',
  'nullità',
  // Senza l'articolo, che porta la copula ("sei una vergogna").
  'disgrazia',
  'vergogna',
  'schifo',
  'ridicol[oaie]',
  'patetic[oaie]',
  'barzelletta',
  'fallimento',
  'terrorist[ai]',
  'jihadist[ai]',
  'cancro',
  'feccia',
  'spazzatura',
  'immondizia',
  'analfabet[aie]',
  'pecore',
  'dilettanti',
];

/** Nomi che insultano una persona se rivolti a lei: "che pagliaccio", "che incompetenti". */
export const insultPersons: readonly string[] = [
  'pagliacci[o]?',
  'buffon[ei]',
  'fallit[oaie]',
  'sfigat[oaie]',
  'incompetenti',
  'incapaci',
  'somar[oi]',
  'capre',
  'zotic[oaie]',
  'cafon[ei]',
  'dilettanti',
];

/** Le persone su cui cade lo scherno: clienti, colleghi, categorie. */
export const roles: readonly string[] = [
  // Non il servizio: "il servizio clienti è una vergogna" critica un servizio, non i clienti.
  'clienti(?<!(servizio|assistenza|ufficio|area|portale|gestione) clienti)',
  'utenti',
  'colleghi',
  'colleghe',
  'dipendenti',
  'stagist[ie]',
  'collaboratori',
  'capi',
  'capo',
  'manager',
  'dirigenti',
  'responsabili',
  'recruiter',
  'selezionatori',
  'candidati',
  'follower',
  'lettori',
  'iscritti',
  'studenti',
  'insegnanti',
  'prof',
  'professori',
  'docenti',
  'infermier[ie]',
  'medici',
  'camerier[ie]',
  'vigili( urbani| del fuoco)?',
  'pompieri',
  'poliziotti',
  'carabinieri',
  'contabili',
  'commercialisti',
  'avvocati',
  'sviluppatori',
  'programmatori',
  'designer',
  'venditori',
  'commerciali',
  'politici',
  'giornalisti',
  'petrolieri',
  'fornitori',
  'consulenti',
  'ingegneri',
  'impiegati',
  'statali',
  'tassisti',
  'automobilisti',
];

/** Le persone in generale: derise in blocco solo se nulla le restringe ("odio la gente", non "la gente che urla"). */
export const people: readonly string[] = ['gente', 'persone', 'umanità'];

/** Le parole davanti a una categoria: "i nostri clienti", "il mio capo". */
export const roleDet: readonly string[] = [
  '((tutti|tutte|certi|certe|questi|queste|quei|quelle|molti|molte|alcuni|alcune|metà (dei|delle)|la|le|i|gli|il) )?((nostri|nostre|miei|mie|vostri|vostre|loro|mio|mia|nostro|nostra) )?',
];

/** Insulti rivolti a chi legge o a chi si parla: "sei un idiota", "siete patetici". */
export const insults: readonly string[] = [
  "(sei|siete|sarai|resti|rimani|restate|rimanete)( (tutti|tutte|solo|soltanto|proprio|davvero|veramente|sempre|così|tanto|troppo|un|una|uno|dei|degli|delle|del|della|il|la|i|le|gli|più|vero|vera|veri|vere|completo|completa|perfetto|perfetta|emerito|emerita|grandissimo|grandissima|gran|povero|povera|poveri|grande|enorme|nient'altro che|niente più che|un branco di|una banda di|una massa di|un mucchio di|una manica di))* ({insultNoun}|{insultWord}|{dehumanising}|{strongDehumanising})",
  '(solo |soltanto )?(tu|voi) (puoi|potete|riesci a|riuscite a|sai|sapete) essere (così|tanto) {insultWord}',
  '(stai|state|sta) zitt[oaie]',
  'taci',
  'tacete',
  'chiudi quella (bocca|fogna|ciabatta)',
  "(chi|nessuno) ti ha chiesto( (niente|nulla|qualcosa|un parere|un parere))?",
  '(vai|andate|va) a (quel paese|farti benedire|zappare|nasconderti|morire ammazzat[oaie])',
  'ma chi ti credi di essere',
  '(la tua|la vostra) vita non (ha|vale) (alcun |nessun )?(valore|nulla|niente)',
  '(mi fai|mi fate) (schifo|pena|vomitare|ribrezzo|orrore)',
  'impara(te)? a leggere',
];

/** Insulti senza un "tu": scusati quando chi scrive parla di sé. */
export const nameCalling: readonly string[] = [
  'che( (gran|grandissimo|grandissima|emerito|emerita|povero|povera|vero|vera|branco di|banda di|massa di|manica di|mucchio di|gregge di|accozzaglia di|razza di))* ({insultNoun}|{insultPerson})',
  '{insultNoun}',
];

export const mockery: readonly string[] = [
  '{roleDet}({role}|{people}) {filler}{copula} ({insultNoun}|{insultWord}|{dehumanising}|{strongDehumanising}|spregevoli|ripugnanti|schifos[ie]|disgustos[ie]|(i|le) peggiori|pessimi|senza cervello|(le )?persone (più )?(scem[ei]|stupid[ei]|merdose|ignoranti|inutili))',
  "{roleDet}({role}|{people}) (che )?non (capiscono|capisce|sanno|sa) (niente|nulla|un cazzo|una mazza|un tubo|neanche|nemmeno|neppure)",
  '{roleDet}{role} {filler}(sono|è) (troppo|così|talmente) (stupid|scem|ignorant|incapac|lent|tont)\\p{L}* (per|da)',
  '{contempt} {roleDet}{role}(?!,? ({behaviour}))',
  '{contempt} {roleDet}{people}(?=\\s*([,.;:!?]|$))',
  '(branco|banda|massa|manica|mucchio|gregge|accozzaglia|covo) di ((\\S+) )?(idioti|incompetenti|imbecilli|cretini|deficienti|ignoranti|falliti|pagliacci|buffoni|incapaci|capre|somari|dilettanti|ritardati)',
  // Disprezzo senza insulti: persone liquidate come un tipo.
  "certa gente (non )?(dovrebbe|meriterebbe|merita|andrebbe)",
  "(gente|persone) (così|del genere|come (quell[ae]|quest[ae]|loro|te|voi)) (non )?(dovrebbe(ro)?|meriterebbe(ro)?|merita(no)?|andrebbe(ro)?)",
  "(chi|chiunque|quelli che|quelle che|coloro che)( \\S+){1,6} se l[oa] (merita|meritano|è meritat[oa]|sono meritat[ie])",
  "(chi|chiunque|quelli che|quelle che)( \\S+){1,6} (meriterebbe|merita|meritano|meriterebbero) di (essere (truffat|fregat|derubat|pres[oi] in giro)|farsi fregare)\\p{L}*",
  "il (cliente|utente|elettore|italiano|automobilista|lettore|paziente|consumatore|turista|genitore) (medio|tipo) (non (sa|capisce|legge|distingue|ha)|è|crede)",
  "(gente|persone) (senza|con zero) (cervello|spina dorsale|rispetto|educazione|vergogna|gusto)",
  "(non meriterest[ei]|non meritate) (di avere|un|una|l')",
  "(sei|siete|è|sono) (il motivo|la ragione) per cui",
  "(sei|siete) (solo )?un pericolo per tutti",
  "(sei|è) una persona (orribile|pessima|spregevole|ignobile)",
  "(una|un'?) (vergogna|disgrazia) per (la|il|l') (professione|categoria|mestiere|città|paese)",
  "(tutti uguali|sono tutti uguali|una categoria che andrebbe)",
  "(andrebbe|andrebbero|dovrebbe|dovrebbero) (vietat[oaie]|tolt[oaie]) (per legge|il diritto|la patente)",
  "il diritto di voto andrebbe",

];

export const threats: readonly string[] = [
  '(ammazzer|uccider|stuprer|violenter|pugnaler|accolteller|massacrer|picchier|sgozzer|strangoler|impiccher)(ò|o)',
  '(spezzer|spaccher|romper)(ò|o) (il collo|la faccia|la testa|le gambe|le ossa)',
  '(farò|faro) (del male|male) (a|ad)',
  '(ti|vi) (farò|faro) (male|del male|a pezzi|fuori|la pelle)',
  '(ti|vi|lo|la|li|le) (ammazzo|uccido|sgozzo|strangolo|faccio (a pezzi|fuori|la pelle))',
  '(ti|vi) (sparo|meno|spacco la faccia)',
  '(ho (\\S+ )?intenzione di|voglio|vorrei|volevo|sto per|penso di|ho voglia di) (ammazzar|uccider|stuprar|pugnalar|accoltellar|sparar|massacrar|picchiar|strangolar|sgozzar|spezzar\\p{L}* il collo)\\p{L}*',
  'qualcuno (dovrebbe|deve|potrebbe)( \\S+){0,2} (ammazzar|uccider|pugnalar|accoltellar|sparar|spezzar|strangolar|impiccar|picchiar|stuprar|sgozzar)\\p{L}*',
  "(dovrebbero|devono|debbano|debba|dovrebbe|deve|meritano di|merita di|meriti di|meritate di|andrebbero|vanno|va|andrebbe) (essere |venire )?(tutti |tutte )?(uccis[oaie]|ammazzat[oaie]|sterminat[oaie]|impiccat[oaie]|fucilat[oaie]|bruciat[oaie] viv[oaie]|gasat[oaie]|stuprat[oaie]|giustiziat[oaie]|condannat[oaie] a morte|mess[oaie] al rogo|mess[oaie] al muro)",
  '(meritano|merita|meriti|meritate) (di morire|la morte|di crepare)',
  'morte a (tutti|tutte|quei|quelle|questi|queste|i|gli|le)',
  'a morte (i|gli|le|tutti|tutte)',
  '(e se|perché non|dovremmo|bisognerebbe) (uccidessimo|ammazzassimo|sterminassimo|eliminassimo|ci sbarazzassimo|sbarazzarci|uccidere|ammazzare|sterminare|ci sbarazziamo)( (di|dei|degli|delle|tutti|tutte|i|gli|le|quei|quelle|questi|queste))+',
  '(se solo|magari|spero che) qualcuno (uccidesse|ammazzasse|strangolasse|sparasse|pugnalasse|impiccasse|sgozzasse|investisse)',
  '(mi piacerebbe|vorrei|voglio|spero di) vedere ((\\S+) ){1,4}(soffrire|morire|bruciare|crepare|marcire)',
  '(spero|speriamo) che ((\\S+) ){0,4}(muoia|muoiano|crepi|crepino|morisse|morissero|schiatti|schiattino|marcisca|marciscano)',
  'per mano mia',
  "(stuprar|uccider|ammazzar|picchiar|violentar)\\p{L}* ((\\S+) ){0,3}non (dovrebbe|deve) essere (illegale|reato|punit[oa]|un reato)",
  '(uccider|ammazzar|stuprar|pugnalar|strangolar)(li|le|lo|la|gli)',
  'spararg?li',
  'ucciditi',
];

/** Prima di un insulto: chi scrive parla di sé ("sono stato un idiota"). */
export const selfReference: readonly string[] = [
  "(io|sono stat[oa]|mi sono sentit[oa]|mi sento|mi sentivo|mi son sentit[oa]|ero|sono ((proprio|davvero|solo) )?(un|una|uno)|mi sono comportat[oa] da|ho fatto|faccio|mi do|mi davo|mi sono dat[oa]) ((?!(tu|te|sei|voi|siete)(?![\\p{L}]))(\\S+) ){0,3}$",
];

/** Dopo un insulto: chi scrive parla di sé ("che idiota sono stato"). */
export const selfReferenceAfter: readonly string[] = ['^,? (sono stat[oa]|che sono|che sono stat[oa]|ero|io)'];

/** Prima di un insulto: una condizione, non un'accusa ("se sei incompetente in fisco, leggi qui"). */
export const conditional: readonly string[] = ['(se|quando|anche se|qualora|nel caso) ((\\S+) ){0,3}$'];
