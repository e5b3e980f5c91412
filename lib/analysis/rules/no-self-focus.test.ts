import { testRule } from '../testing';
import rule from './no-self-focus';

const office =
  'Big day for our team. We moved into our new office in Leeds this week, and I could not be prouder of what we have built. Our founders started in a garage, and now we are forty people.';

testRule(rule, {
  valid: [
    // Too short to judge.
    'We moved into our new office today. I am so proud of my team!',
    // First-person teaching.
    'I made the same mistake for years: I answered every email the minute it arrived. Now I batch them at 11 and at 4, and I got back two focused hours a day.',
    'I used to write every proposal from scratch and it took me a whole day each time. These days I keep a library of past answers, and a first draft takes me about an hour.',
    // Speaks to the reader.
    'We moved into our new office in Leeds this week, and I could not be prouder of what we have built. If you are in town, come by for a coffee: our door is open every Friday afternoon.',
    // Ends with a real question.
    'We moved into our new office in Leeds this week, and I could not be prouder of what we have built. Our founders started in a garage, and now we are forty people. What would you put in a new office?',
    // Not about the author: a news report.
    'The city council approved the new cycle lanes on Tuesday. Work starts in March on the ring road, and the whole network should be ready by the end of next year, according to the transport office.',
    // "US" is the country.
    'US exports to the EU rose again this quarter. Tariffs on steel fell, the dollar weakened and demand for liquefied gas stayed high, so the trade gap narrowed for the third quarter in a row.',
    {
      text: 'Abbiamo aperto il nuovo ufficio a Torino. Se cercate uno spazio per un evento della vostra community, scriveteci: la sala da 40 posti è gratuita per le associazioni.',
      language: 'it',
    },
    {
      text: "Per anni ho risposto a ogni mail appena arrivava e le mie giornate sparivano nella casella. Ora blocco due momenti al giorno per la posta e ho recuperato il tempo per il lavoro che conta.",
      language: 'it',
    },
  ],
  invalid: [
    {
      text: office,
      findings: [{ messageId: 'selfFocus', data: { count: 7 }, match: 'Big day for our team.' }],
    },
    {
      // "Thank you" is gratitude, not a word to the reader.
      text: 'After twelve years at Globex I am moving on. I joined as a junior analyst and I leave as head of data. I am grateful for every project, and thank you to my amazing team for everything.',
      findings: [{ messageId: 'selfFocus', match: 'After twelve years at Globex I am moving on.' }],
    },
    {
      text: 'Oggi festeggio dieci anni in azienda. Ho iniziato come stagista e ho lavorato in quattro reparti diversi, con persone straordinarie. Sono cresciuto tanto e ringrazio il mio capo per la fiducia che mi ha dato.',
      language: 'it',
      findings: [{ messageId: 'selfFocus', data: { count: 6 }, match: 'Oggi festeggio dieci anni in azienda.' }],
    },
    {
      // The threshold is an option.
      text: 'We moved into our new office today. I am so proud of my team!',
      options: { minWords: 10 },
      findings: [{ messageId: 'selfFocus' }],
    },
  ],
});
