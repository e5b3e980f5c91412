import type { Language } from '../analysis/ids';
import type { PrincipleId } from './define-lesson';

/** The principles as the lessons name them, in each language. */
export const principles: Readonly<Record<PrincipleId, Record<Language, { name: string; summary: string }>>> = {
  'reader-side': {
    en: { name: 'Take the reader\'s side', summary: 'Ask what someone gains by following you, and give them that.' },
    it: { name: 'Mettiti dalla parte di chi legge', summary: 'Chiediti cosa guadagna chi ti segue, e daglielo.' },
  },
  converse: {
    en: { name: 'Converse, do not broadcast', summary: 'A post opens a conversation with people; it is not an advert aimed at them.' },
    it: { name: 'Conversa, non trasmettere', summary: 'Un post apre una conversazione con le persone, non è uno spot rivolto a loro.' },
  },
  transparency: {
    en: { name: 'Be transparent', summary: 'Say when you are paid or gifted, and never fake a conversation or a review.' },
    it: { name: 'Sii trasparente', summary: 'Dichiara compensi e omaggi, e non simulare mai conversazioni o recensioni.' },
  },
  care: {
    en: { name: 'Be careful with what you publish', summary: 'Wrong, confidential or hurtful words spread fast and stay online.' },
    it: { name: 'Fai attenzione a ciò che pubblichi', summary: 'Le informazioni sbagliate, riservate o offensive girano in fretta e restano online.' },
  },
  criticism: {
    en: { name: 'Answer criticism openly', summary: 'A complaint answered in public, without hiding, builds more trust than silence.' },
    it: { name: 'Rispondi alle critiche apertamente', summary: 'Una critica a cui rispondi in pubblico, senza nasconderti, crea più fiducia del silenzio.' },
  },
  'platform-fit': {
    en: { name: 'Fit the platform', summary: 'Each network has its own form: brevity on X, depth on LinkedIn, one clear point everywhere.' },
    it: { name: 'Rispetta la piattaforma', summary: 'Ogni social ha la sua forma: brevità su X, approfondimento su LinkedIn, un messaggio chiaro ovunque.' },
  },
};
