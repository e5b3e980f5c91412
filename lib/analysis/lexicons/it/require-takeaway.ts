/**
 * Segni di un post sul proprio momento: festa, gratitudine, entusiasmo. Senza un contenuto utile fanno
 * un annuncio; un post senza nessuno di questi segni e senza contenuto riconoscibile è più spesso prosa
 * che non sappiamo leggere (un'intuizione senza parole chiave), e viene lasciato stare.
 */
export const broadcastMarkers: readonly string[] = [
  'emozion\\p{L}*', 'entusiast\\p{L}*', 'entusiasmo', 'orgoglio\\p{L}*', 'gratitudine', 'grat[oaie]', 'grazie',
  'ringrazi\\p{L}*', 'felic\\p{L}*', 'onorat[oaie]', 'onore', 'fantastic\\p{L}*', 'incredibil\\p{L}*', 'straordinari\\p{L}*',
  'meraviglios\\p{L}*', 'stupend\\p{L}*', 'indimenticabil\\p{L}*', 'energia', 'passione', 'avventura', 'percorso',
  'traguardo', 'capitolo', 'festeggi\\p{L}*', 'complimenti', 'auguri', 'squadra', 'famiglia', "non vedo l'ora",
  'avanti (così|tutta)', 'forza', 'carica', 'motivazion\\p{L}*', 'successo', 'sfide', 'soddisfazion\\p{L}*',
  'che (settimana|giornata|anno|emozione|serata)', 'grandios\\p{L}*', 'emozionatissim\\p{L}*', 'bellissim\\p{L}*',
  '🎉', '🚀', '🙏', '💪', '🔥', '❤️', '💙', '🙌', '✨', '🥳', '🏆', '👏', '😍', '🥂', '💯', '🎂',
];
