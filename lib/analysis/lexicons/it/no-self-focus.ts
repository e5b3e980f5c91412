/** Parole che indicano chi scrive e parole che indicano chi legge. */
export const selfFocus = {
  self: [
    'io', 'me', 'mi', 'mio', 'mia', 'miei', 'mie', 'noi', 'nostro', 'nostra', 'nostri', 'nostre',
    // "ci" di prima persona, non "c'è", "ci sono", "ci vuole".
    'ci(?! (sono|sarà|saranno|sarebbe|sarebbero|vuole|vogliono|vorrebbe|vorrà|sta|stanno|fosse|furono|fu|siano|sia|era|erano|resta|restano|va|vanno))',
    // Prima plurale (-iamo) e le forme di prima singolare che non sono anche nomi comuni.
    '\\p{L}{2,}iamo', 'ho', 'faccio', 'vado', 'posso', 'devo', 'voglio', 'penso', 'credo', 'sto', 'dico', 'vedo', 'so',
    'ringrazio', 'condivido', 'festeggio', 'celebro',
    // "Sono" è anche la terza plurale: conta solo con un participio o un aggettivo di chi scrive.
    'sono stat[oa]', 'sono (orgoglios|felic|onorat|entusiast|fier|emozionat|grat)\\p{L}*', "ce l'(ho|abbiamo) fatta",
  ],
  reader: [
    'tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostro', 'vostra', 'vostri', 'vostre', 've',
    'vi(?! (sono|è|era|erano|fu|furono|sia|siano))',
    // Verbi alla seconda persona (non "sei", che è anche un numero) e imperativi con pronome.
    'hai', 'puoi', 'vuoi', 'devi', 'sai', 'fai', 'vai', 'stai', 'pensi', 'credi', 'conosci',
    'avete', 'siete', 'potete', 'volete', 'dovete', 'sapete', 'conoscete', 'pensate', 'credete',
    // "-temi" e "-tevi" dopo una vocale, perché "sistemi" non è "fatemi".
    '\\p{L}*[aei]temi', '\\p{L}*[aei]tevi', 'chiediti', 'dimmi', 'fammi', 'scrivimi', 'raccontami',
  ],
  /** Chi insegna dalla propria esperienza: un errore e cosa fa ora chi scrive è una lezione, non un vanto. */
  lesson: [
    'error[ei]', 'sbagliat[oaie]', 'sbagliavo', 'sbagliavamo', '(ora|adesso|oggi|da allora) (\\p{L}+ )?(faccio|facciamo|uso|usiamo|scrivo|scriviamo|blocco|chiedo|chiediamo|dico|diciamo|tengo|teniamo)',
    '(facevo|usavo|pensavo|credevo|rispondevo|scrivevo|passavo|perdevo|facevamo|usavamo|pensavamo|credevamo|passavamo|perdevamo)',
    '(ho|abbiamo) smesso di', '(ho|abbiamo) (iniziato|cominciato) a (usare|fare|scrivere|bloccare|chiedere|tenere|pianificare|leggere|dire|misurare)',
    '(il|la) (trucco|soluzione|risultato|differenza|lezione|chiave)', '(cosa|che cosa) (ha funzionato|funziona)', 'ha funzionato', 'funziona',
    '(imparato|imparare|lezion[ei])', 'da allora', 'consigli?o?', 'suggeriment[oi]',
  ],
} as const;
