/**
 * Saluti e formule del giorno che riempiono la prima riga senza dire nulla. Contano solo quando
 * stanno da sole: seguite da punteggiatura, da un'emoji o dalla fine della frase.
 */
export const greetings: readonly string[] = [
  'buongiorno', 'buonasera', 'buon pomeriggio', 'buondì', 'ciao', 'salve', 'ehi', 'hey', 'hola',
  '(un )?(caro |grande )?saluto', '(un )?buon (lunedì|martedì|mercoledì|giovedì|venerdì|sabato|weekend|fine settimana|inizio settimana|inizio|anno|mese|rientro)',
  'buona (settimana|giornata|domenica|serata|ripresa)',
  '(è )?(di nuovo|ancora|finalmente) (lunedì|venerdì|weekend)', '(lunedì|venerdì) di nuovo',
  "(ri)?ecco(ci|mi)( qui| qua| di nuovo| ancora| pronti| pronto| pronta)?",
  'nuova settimana,? nuov[ie] (obiettivi|sfide|opportunità|energie)', 'si riparte', 'si ricomincia',
  '(caffè|un caffè) e (si )?(riparte|parte|ricomincia)', 'pronti (a ripartire|per una nuova settimana|per il weekend)',
  'che (settimana|giornata|anno|mese)',
  '(spero|speriamo) (che )?(stiate|state|abbiate|siate|tutti stiano|tutti abbiano|abbiate passato)( \\p{L}+){0,5}',
  'saluti da \\p{Lu}\\p{L}+',
  "buon (natale|ferragosto|primo maggio|compleanno|\\d{1,2} \\p{L}+)", 'buona (pasqua|pasquetta|festa (della|del|dei|delle) \\p{L}+)',
  'felice (anno nuovo|natale|pasqua)', 'auguri( di buon (natale|anno))?', 'buone (feste|vacanze)',
];

/** Chi manda il saluto: "…da tutto il team di Ottica Bianchi". */
export const signOffs: readonly string[] = [
  "da (parte di )?(tutti noi|tutto il team|tutto lo staff|tutta la squadra|lo staff|il team|tutta la redazione)( (di|della|del|dello|dell')\\s?\\p{L}[\\p{L}&\\u0027’.-]*( \\p{L}[\\p{L}&\\u0027’.-]*){0,3})?",
];

/** A chi si rivolge il saluto: "Buongiorno a tutti", "Ciao rete". */
export const addressees: readonly string[] = [
  '(a )?(tutti|tutte|tutti voi|tutte voi|voi)',
  '(cari |care |miei |mie )?(amici|amiche|colleghi|colleghe|ragazzi|ragazze|connessioni|contatti)( di linkedin)?',
  '(cara )?(rete|community|famiglia)', '(popolo di )?(linkedin|instagram|facebook|twitter|threads)', 'network', 'mondo', 'fediverso',
];

/** Frasi che annunciano il post invece di cominciarlo. Possono essere seguite da qualunque cosa. */
export const leadIns: readonly string[] = [
  '(oggi )?(volevo|vorrei|voglio) (solo |semplicemente )?condividere( con voi| con tutti voi| con la mia rete| con tutti)?',
  '(oggi )?vi (volevo|voglio|vorrei) (solo )?(condividere|raccontare|dire)',
  '(volevo|vorrei) (solo )?(dire|fare) (due parole|un saluto|un breve aggiornamento)',
  '(un )?(breve|piccolo|veloce) aggiornamento', 'due righe per',
];
