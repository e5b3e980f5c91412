import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-secrets',
  principle: 'care',
  text: {
    en: {
      why: 'A key or password in a post is public the moment you publish it: bots scan social networks for them within minutes, and deleting the post does not revoke it. Share the method, never the secret.',
      weak: 'Finally got the deploy working! For anyone stuck, my .env is:\nGITHUB_TOKEN=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',
      strong: 'Finally got the deploy working! For anyone stuck: put your token in a .env file, add that file to .gitignore, and load it with your shell before running the script.',
      exercise: 'Explain how to solve the problem without showing the token.',
    },
    it: {
      why: 'Una chiave o una password in un post diventa pubblica nel momento in cui pubblichi: ci sono bot che cercano questi dati sui social in pochi minuti, e cancellare il post non basta a revocarla. Condividi il metodo, mai il segreto.',
      weak: 'Per chi arriva domani: la password del wifi è Orto#Botanico24, la trovi anche alla reception.',
      strong: "Per chi arriva domani: alla reception, insieme al badge, ti danno anche l'accesso al wifi. Cambia ogni settimana, quindi non salvarlo nelle note del telefono.",
      exercise: 'Spiega come ottenere l\'accesso senza scrivere la password.',
    },
  },
});
