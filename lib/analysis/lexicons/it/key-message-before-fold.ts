/** Saluti che aprono il post senza dire nulla a chi legge: ciò dietro cui il "vedi altro" può nascondere il punto. */
export const greetings: readonly string[] = [
  '(ciao|buongiorno|buon giorno|buonasera|buona sera|buon pomeriggio|salve|ehi|hey|hello|eccoci|rieccomi|rieccoci)( (a )?(tutti|tutte|tutti e tutte|voi|amici|amiche|ragazzi|rete|community|linkedin|instagram|gente|colleghi|colleghe))*',
  '(cari|care|carissimi|carissime) (tutti|tutte|amici|amiche|colleghi|colleghe|follower|lettori|lettrici|connessioni)( e (cari|care) (tutti|tutte|amici|amiche|colleghi|colleghe))?',
  '(buon|buona) (lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|weekend|fine settimana|inizio settimana|settimana|anno|anno nuovo|feste)( a tutti| a tutte)?',
  '(anche oggi|ed eccoci|eccoci qui|ed è di nuovo) (lunedì|venerdì)',
];
