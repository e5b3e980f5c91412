import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-internal-links',
  principle: 'care',
  text: {
    en: {
      why: 'An intranet or shared-drive link tells outsiders how your company is organised, and readers outside cannot open it anyway. Publish a public version, or describe the content in the post.',
      weak: 'Quick win from our retro: the new deploy checklist is at https://wiki.acme-corp.com/display/OPS/Deploy, go read it!',
      strong: 'Quick win from our retro: our deploy checklist now has a rollback step, tried on staging every week. The three questions we ask before each release are in the first comment.',
      exercise: 'Remove the internal link and share what the document says that others can use.',
    },
    it: {
      why: 'Un link all\'intranet o a una cartella condivisa racconta a chi è fuori come è organizzata la tua azienda, e comunque non si apre da fuori. Pubblica una versione accessibile a tutti, o racconta il contenuto nel post.',
      weak: 'Ecco le slide del workshop: https://acmeitalia.sharepoint.com/sites/Marketing/Shared%20Documents/workshop.pptx',
      strong: 'Le slide del workshop sono sul nostro sito pubblico, nella pagina Eventi. La più utile? Quella con le cinque domande da fare prima di aprire un nuovo canale social.',
      exercise: 'Togli il link interno e condividi ciò che del documento può servire a chi legge.',
    },
  },
});
