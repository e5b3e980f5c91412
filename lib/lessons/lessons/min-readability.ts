import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'min-readability',
  principle: 'reader-side',
  text: {
    en: {
      why: 'Long words and abstract nouns make readers work to find what you mean, and most will not. Plain words and short sentences reach more people, experts included.',
      weak: 'The implementation of comprehensive organizational transformation initiatives necessitates the systematic identification of interdependencies between operational capabilities, technological infrastructure and institutional governance mechanisms, particularly within heavily regulated environments where compliance requirements significantly constrain implementation alternatives.',
      strong: 'Before you change how a company works, map who depends on whom. We drew it on one wall: teams, tools and who signs off. It showed us three teams waiting on the same person.',
      exercise: 'Say the same thing with everyday words, in short sentences, with one example.',
    },
    it: {
      why: 'Parole lunghe e nomi astratti costringono chi legge a faticare per capire cosa intendi, e quasi nessuno lo fa. Parole semplici e frasi brevi arrivano a più persone, esperti compresi.',
      weak: 'L\'implementazione di iniziative di trasformazione organizzativa complessiva richiede l\'identificazione sistematica delle interdipendenze tra capacità operative, infrastruttura tecnologica e meccanismi di governance istituzionale, soprattutto negli ambienti fortemente regolamentati, in cui i requisiti di conformità normativa limitano significativamente le alternative di implementazione disponibili.',
      strong: 'Prima di cambiare il modo di lavorare di un\'azienda, disegna chi dipende da chi. Noi lo abbiamo fatto su una parete: team, strumenti e chi approva. Abbiamo scoperto tre team in attesa della stessa persona.',
      exercise: 'Di\' la stessa cosa con parole di tutti i giorni, in frasi brevi, con un esempio.',
    },
  },
});
