import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-wall-of-text',
  principle: 'platform-fit',
  platform: 'linkedin',
  text: {
    en: {
      why: 'On a phone, a block with no breaks looks like work before a single word is read. Short paragraphs give the eye places to rest and let readers skim to what they need.',
      weak: 'We spent six months rebuilding our onboarding and most of what we believed going in turned out to be wrong. We thought people dropped out because the product was hard to understand, so we wrote more help pages and recorded videos. Nobody watched them. Then we sat with twelve new customers and watched them sign up, and the problem was obvious within an hour: the form asked for a VAT number on the second screen, and half of them had to go and find it. We moved that question to the first invoice. Completed sign-ups went from 41% to 68% in a month. The videos are still up, and a few accountants setting up clients do watch them. What we keep relearning is that an afternoon watching one real person beats a month of guessing.',
      strong: 'We spent six months rebuilding our onboarding. Most of what we believed going in was wrong.\n\nWe thought people dropped out because the product was hard, so we wrote help pages. Nobody read them.\n\nThen we watched twelve new customers sign up. The form asked for a VAT number on screen two, and half of them had to go and find it.\n\nWe moved that question to the first invoice. Completed sign-ups went from 41% to 68% in a month.\n\nWhat we keep relearning: an afternoon watching one real person beats a month of guessing.',
      exercise: 'Break the block into short paragraphs: the belief, the test, the finding, the result, the lesson.',
    },
    it: {
      why: 'Sul telefono un blocco senza a capo scoraggia ancora prima di leggere una parola. I paragrafi brevi danno respiro e permettono a chi legge di arrivare subito a ciò che gli serve.',
      weak: 'Abbiamo passato sei mesi a rifare l\'onboarding e quasi tutto quello che pensavamo all\'inizio si è rivelato sbagliato. Eravamo convinti che le persone abbandonassero perché il prodotto era difficile, così abbiamo scritto guide e girato video. Non li ha guardati nessuno. Poi ci siamo seduti accanto a dodici nuovi clienti mentre si registravano e il problema è saltato fuori in un\'ora: il modulo chiedeva la partita IVA alla seconda schermata, e metà di loro doveva andare a cercarla. Abbiamo spostato la domanda alla prima fattura. Le registrazioni completate sono passate dal 41% al 68% in un mese. I video sono ancora online e qualche commercialista li guarda quando configura un cliente. La lezione che continuiamo a reimparare è che un pomeriggio passato a osservare una persona vera vale più di un mese di ipotesi.',
      strong: 'Abbiamo passato sei mesi a rifare l\'onboarding. Quasi tutto quello che pensavamo all\'inizio era sbagliato.\n\nEravamo convinti che il prodotto fosse difficile, così abbiamo scritto guide. Non le ha lette nessuno.\n\nPoi abbiamo osservato dodici nuovi clienti mentre si registravano. Il modulo chiedeva la partita IVA alla seconda schermata, e metà di loro doveva andare a cercarla.\n\nAbbiamo spostato la domanda alla prima fattura. Le registrazioni completate sono passate dal 41% al 68% in un mese.\n\nLa lezione che continuiamo a reimparare: un pomeriggio passato a osservare una persona vera vale più di un mese di ipotesi.',
      exercise: 'Dividi il blocco in paragrafi brevi: l\'idea iniziale, la prova, la scoperta, il risultato, la lezione.',
    },
  },
});
