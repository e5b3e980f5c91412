/** Parole d'ordine aziendali: ognuna dice poco, e insieme fanno suonare un post come una brochure. */
export const buzzwords: readonly string[] = [
  'sinergi(a|e|co|ca|ci|che)', 'fare sinergia', 'valore aggiunto', 'a 360\\s?(gradi|°)', 'eccellenz[ae](?<!per eccellenz[ae])',
  'innovativ[oaie]', 'cambio di paradigma', 'game[- ]?changer', 'disruptive', 'olistic[oaie]', 'olistici', 'olistiche',
  'win[- ]win', 'know[- ]how', 'core business', 'leader (di|del) (settore|mercato)',
  'soluzioni (innovative|integrate|chiavi in mano|end-to-end|a valore)', 'performant[ei]', 'trasformazione digitale',
  'customer experience', 'empowerment', 'a tutto tondo', 'proattiv[oaie]', 'proattività', 'efficientare',
  'efficientamento', '(mettere|messo|messa|mettiamo) a terra', 'a tendere', 'sfidant[ei]', 'best[- ]in[- ]class',
  'cutting[- ]edge', "all'avanguardia", "d'eccellenza", '(creare|generare|portare) valore', 'fare la differenza',
  'cambiare le regole del gioco', "stato dell'arte", 'next level', 'data[- ]driven', 'customer[- ]centric', 'omnicanal[ei]',
  'touchpoint', 'visione strategica', 'approccio (integrato|olistico|sistemico)', 'thought leader(ship)?',
  'rivoluzionari[oaie]', 'trasformativ[oaie]', 'a valore aggiunto', 'driver di crescita', 'go-to-market', 'ottimizzare i processi',
];

/** Parole spesso usate onestamente: valgono metà, e pesano solo in compagnia di altre. */
export const weakBuzzwords: readonly string[] = [
  'fare rete', 'best practices?', 'mindset', 'ecosistem[ai]', 'resilienza', 'vision', 'mission', 'scalabil[ei]',
  'engagement', 'stakeholder', 'percorso',
];
