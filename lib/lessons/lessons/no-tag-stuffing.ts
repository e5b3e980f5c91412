import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-tag-stuffing',
  principle: 'platform-fit',
  platform: 'instagram',
  text: {
    en: {
      why: 'A wall of hashtags reads like a plea for reach, and platforms reward fewer, relevant tags. Pick the two or three that describe the post and let the content do the rest.',
      weak: 'Sunday bake: a rye loaf with a crisp crust. #sourdough #bread #baking #homemade #breadmaking #foodie #instafood #bakersofinstagram',
      strong: 'Sunday bake: a rye loaf with a crisp crust. The trick is a lid on the pot for the first 20 minutes, then off. #sourdough #baking',
      exercise: 'Keep the two hashtags that matter most and use the space for one useful detail.',
    },
    it: {
      why: 'Un muro di hashtag sembra una richiesta di visibilità, e le piattaforme premiano pochi tag pertinenti. Scegli i due o tre che descrivono il post e lascia parlare il contenuto.',
      weak: 'Pane della domenica: una pagnotta di segale con la crosta croccante. #pane #lievitomadre #panefattoincasa #cucina #foodporn #instafood #ricette #fornaio',
      strong: 'Pane della domenica: una pagnotta di segale con la crosta croccante. Il trucco è il coperchio sulla pentola per i primi 20 minuti, poi via. #lievitomadre #pane',
      exercise: 'Tieni i due hashtag più importanti e usa lo spazio per un dettaglio utile.',
    },
  },
});
