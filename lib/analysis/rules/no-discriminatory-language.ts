import * as z from 'zod';
import { createDeobfuscator, lexiconStrings } from '../deobfuscate';
import { defineRule } from '../define-rule';
import * as enDemeaning from '../lexicons/en/demeaning';
import * as en from '../lexicons/en/no-discriminatory-language';
import * as itDemeaning from '../lexicons/it/demeaning';
import * as it from '../lexicons/it/no-discriminatory-language';
import { createPhraseFinder, templateKinds, type PhraseFinder, type PhraseKind } from '../phrases';
import type { Language, Span } from '../schema';
import { isDisowned, isEnclosedInQuotes } from '../stance';

type MessageId = 'slur' | 'dehumanising' | 'generalisation' | 'exclusion';

function kindsFor(language: Language, lexicon: typeof en, demeaning: typeof enDemeaning, extraSlurs: readonly string[]) {
  const slots = {
    group: lexicon.groups,
    groupMember: lexicon.groupMember,
    det: lexicon.det,
    filler: demeaning.filler,
    copula: demeaning.copula,
    trait: demeaning.traits,
    dehumanising: demeaning.dehumanising,
    strongDehumanising: demeaning.strongDehumanising,
    contempt: demeaning.contempt,
  };
  // Posts that fight hate quote it, deny it or condemn it. A slur stays a slur in any frame, except
  // when it is itself in quotation marks: named ("what does "frocio" mean?"), not used.
  const isExcused = (text: string, span: Span) => isDisowned(text, span, language);
  const kinds: PhraseKind<MessageId>[] = [
    ...templateKinds('slur', [...lexicon.slurs, ...extraSlurs], {}, isEnclosedInQuotes),
    ...templateKinds('dehumanising', lexicon.dehumanisations, slots, isExcused),
    ...templateKinds('generalisation', lexicon.generalisations, slots, isExcused),
    ...templateKinds('exclusion', lexicon.exclusions, slots, isExcused),
  ];
  return kinds;
}

// Language detection can be wrong on a short line ("Odio i trans." reads as English to a stopword
// count), and neither language's patterns are ordinary text in the other, so both always run, the
// draft's own first. Italian posts borrow English slurs; Italian slurs are not English words.
const english = kindsFor('en', en, enDemeaning, []);
const italian = kindsFor('it', it, itDemeaning, en.slurs);
const deobfuscator = createDeobfuscator([...en.disguisable, ...it.disguisable], {
  misspellable: lexiconStrings(en, it, enDemeaning, itDemeaning),
});
const finders: Record<Language, PhraseFinder<MessageId>> = {
  en: createPhraseFinder([...english, ...italian], deobfuscator),
  it: createPhraseFinder([...italian, ...english], deobfuscator),
};

/** Slurs and demeaning generalisations about groups of people. */
export default defineRule({
  id: 'no-discriminatory-language',
  category: 'inappropriate',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['slur', 'dehumanising', 'exclusion', 'generalisation'],
  messages: {
    en: {
      name: 'Discriminatory language',
      description:
        'Flags slurs and demeaning generalisations about groups (gender, ethnicity, religion, disability, sexual orientation, age, origin): comparisons with animals or vermin, "go back to your country", "women can\'t drive". Neutral mentions, denials and quoted hate being condemned stay quiet.',
      messages: {
        slur: {
          message: 'This word is a slur.',
          why: 'Slurs wound the people they name and tell every reader what the writer thinks of them; no context makes them read as professional, and platforms remove posts that use them.',
          fix: 'Remove the word. If you are reporting abuse you received, describe it ("a racial slur") instead of repeating it.',
        },
        dehumanising: {
          message: 'This describes people as animals, vermin, disease or trash.',
          why: 'Dehumanising language is how contempt for a group becomes acceptable; readers from that group, and many others, will see hate, not an opinion.',
          fix: 'Criticise specific actions or policies with facts, and leave out the comparison.',
        },
        exclusion: {
          message: 'This tells a group of people they do not belong or should be removed.',
          why: 'Telling people to "go back" or to be locked away attacks who they are, not what they did, and many readers belong to that group.',
          fix: 'If there is a policy point, argue the policy with facts, without targeting the people.',
        },
        generalisation: {
          message: 'This pins a negative trait on a whole group.',
          why: 'A generalisation judges millions of people by a stereotype; it offends readers in that group and undermines trust in everything else you write.',
          fix: 'Talk about the specific people or behaviour you mean, with facts, or drop the claim.',
        },
      },
    },
    it: {
      name: 'Linguaggio discriminatorio',
      description:
        'Segnala insulti discriminatori e generalizzazioni denigratorie su gruppi (genere, origine, religione, disabilità, orientamento sessuale, età): paragoni con animali o parassiti, "tornatevene a casa vostra", "le donne non sanno guidare". Le menzioni neutre, le negazioni e l\'odio citato per condannarlo non vengono segnalati.',
      messages: {
        slur: {
          message: 'Questa parola è un insulto discriminatorio.',
          why: 'Gli insulti discriminatori feriscono le persone a cui si riferiscono e dicono a chi legge cosa pensi di loro; nessun contesto li rende professionali e le piattaforme rimuovono i post che li contengono.',
          fix: 'Togli la parola. Se racconti un insulto ricevuto, descrivilo ("un insulto razzista") invece di ripeterlo.',
        },
        dehumanising: {
          message: 'Qui delle persone vengono descritte come animali, parassiti, malattie o spazzatura.',
          why: "Il linguaggio disumanizzante rende accettabile il disprezzo verso un gruppo: chi ne fa parte, e non solo, ci vedrà odio, non un'opinione.",
          fix: 'Critica azioni o scelte precise, con i fatti, e lascia perdere il paragone.',
        },
        exclusion: {
          message: 'Qui si dice a un gruppo di persone che non è il benvenuto o che va allontanato.',
          why: 'Dire alle persone di "tornarsene a casa" o di farsi rinchiudere colpisce chi sono, non cosa hanno fatto, e molte delle persone che ti leggono appartengono a quel gruppo.',
          fix: "Se c'è una questione politica, discutine nel merito, con i fatti, senza prendere di mira le persone.",
        },
        generalisation: {
          message: 'Qui si attribuisce un difetto a un intero gruppo.',
          why: 'Una generalizzazione giudica milioni di persone in base a uno stereotipo: offende chi appartiene al gruppo e toglie credibilità a tutto ciò che scrivi.',
          fix: 'Parla delle persone o dei comportamenti precisi a cui pensi, con i fatti, oppure rinuncia all\'affermazione.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Women belong in the kitchen, not in the boardroom.',
      'All immigrants are criminals, period.',
      'Le donne non sanno guidare, lo sanno tutti.',
      'Tornatevene a casa vostra!',
    ],
    ok: [
      'Women in engineering: three founders on how they built their teams.',
      "I don't think women are inferior, and our hiring data backs that up.",
      'Non odio i musulmani: ne ho assunti tre quest\'anno e sono colleghi straordinari.',
      'Dire che gli immigrati sono delinquenti è sbagliato: i dati Istat dicono altro.',
    ],
  },
  check({ text, language, report }) {
    for (const { messageId, match } of finders[language](text)) {
      report({ messageId, span: match });
    }
  },
});
