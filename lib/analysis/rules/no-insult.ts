import * as z from 'zod';
import { createDeobfuscator, lexiconStrings } from '../deobfuscate';
import { defineRule } from '../define-rule';
import { compileByLanguage } from '../lexicon';
import { expandTemplates } from '../lexicon-templates';
import * as enDemeaning from '../lexicons/en/demeaning';
import * as enGroups from '../lexicons/en/no-discriminatory-language';
import * as en from '../lexicons/en/no-insult';
import * as itDemeaning from '../lexicons/it/demeaning';
import * as itGroups from '../lexicons/it/no-discriminatory-language';
import * as it from '../lexicons/it/no-insult';
import { createPhraseFinder, templateKinds, type PhraseFinder } from '../phrases';
import type { Language, Span } from '../schema';
import { isDisowned } from '../stance';

type MessageId = 'threat' | 'insult' | 'mockery';

const selfReference = compileByLanguage({ en: en.selfReference, it: it.selfReference });
const selfReferenceAfter = compileByLanguage({ en: [], it: it.selfReferenceAfter });
const conditional = compileByLanguage({ en: en.conditional, it: it.conditional });

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** "I was an idiot to skip backups", "che cretino sono stato": owning a mistake is not an insult. */
function isSelfDirected(text: string, span: Span, language: Language): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 30);
  return test(selfReference[language], before) || test(selfReferenceAfter[language], after);
}

/** What the English and Italian lexicons of this rule both provide. */
interface InsultLexicon {
  insultNouns: readonly string[];
  insultWords: readonly string[];
  insultPersons: readonly string[];
  roles: readonly string[];
  people: readonly string[];
  roleDet: readonly string[];
  insults: readonly string[];
  nameCalling: readonly string[];
  mockery: readonly string[];
  threats: readonly string[];
  /** Slots used by the English threats only. */
  harmed?: readonly string[];
  person?: readonly string[];
  victims?: readonly string[];
}

function kindsFor(language: Language, lexicon: InsultLexicon, demeaning: typeof enDemeaning, groups: readonly string[]) {
  const slots = {
    insultNoun: lexicon.insultNouns,
    insultWord: lexicon.insultWords,
    insultPerson: lexicon.insultPersons,
    harmed: lexicon.harmed ?? [],
    role: lexicon.roles,
    people: lexicon.people,
    roleDet: lexicon.roleDet,
    behaviour: demeaning.behaviour,
    filler: demeaning.filler,
    copula: demeaning.copula,
    dehumanising: demeaning.dehumanising,
    strongDehumanising: demeaning.strongDehumanising,
    contempt: demeaning.contempt,
    person: lexicon.person ?? [],
    victim: expandTemplates(lexicon.victims ?? [], { group: groups, role: lexicon.roles }),
  };
  const disowned = (text: string, span: Span) => isDisowned(text, span, language);
  const conditionalOrDisowned = (text: string, span: Span) =>
    disowned(text, span) || test(conditional[language], text.slice(Math.max(0, span.start - 40), span.start));
  const selfDirectedOrDisowned = (text: string, span: Span) => disowned(text, span) || isSelfDirected(text, span, language);
  return [
    ...templateKinds('threat', lexicon.threats, slots, disowned),
    ...templateKinds('insult', lexicon.insults, slots, conditionalOrDisowned),
    ...templateKinds('mockery', lexicon.mockery, slots, disowned),
    ...templateKinds('insult', lexicon.nameCalling, slots, selfDirectedOrDisowned),
  ];
}

// Detection can be wrong on a short line, and neither language's patterns are ordinary text in the
// other, so both always run, the draft's own first.
const english = kindsFor('en', en, enDemeaning, enGroups.groups);
const italian = kindsFor('it', it, itDemeaning, itGroups.groups);
const deobfuscator = createDeobfuscator([...en.disguisable, ...it.disguisable], {
  misspellable: lexiconStrings(en, it, enDemeaning, itDemeaning, enGroups, itGroups),
});
const finders: Record<Language, PhraseFinder<MessageId>> = {
  en: createPhraseFinder([...english, ...italian], deobfuscator),
  it: createPhraseFinder([...italian, ...english], deobfuscator),
};

/** Insults, mockery of customers or colleagues, and threats: attacks on people. */
export default defineRule({
  id: 'no-insult',
  category: 'inappropriate',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['threat', 'insult', 'mockery'],
  messages: {
    en: {
      name: 'Insults and attacks',
      description:
        'Flags name-calling ("you idiot", "what a moron"), mockery of customers, colleagues or whole professions ("our customers are too dumb to…"), and threats or wishes of violence. Owning a mistake ("I was an idiot to skip backups") stays quiet.',
      messages: {
        threat: {
          message: 'This reads as a threat or a wish of violence.',
          why: 'Threats frighten people even when meant as a joke; platforms remove them, suspend accounts, and employers treat them as serious misconduct.',
          fix: 'Delete it. If you are angry, say what happened and what you want to change.',
        },
        insult: {
          message: '"{phrase}" is an insult.',
          why: 'Name-calling makes the post about the person, not the issue; readers side with the target, and the screenshot outlives the argument.',
          fix: 'Criticise the action, not the person: say what went wrong and what you expect instead.',
        },
        mockery: {
          message: '"{phrase}" mocks the people you work with or for.',
          why: 'Customers, colleagues and candidates read your posts; mocking them tells every one of them how they would be talked about.',
          fix: 'Describe the problem you keep meeting and how you solve it: that helps readers and shows patience instead of contempt.',
        },
      },
    },
    it: {
      name: 'Insulti e attacchi',
      description:
        'Segnala insulti ("sei un idiota", "che imbecille"), scherno verso clienti, colleghi o intere categorie ("clienti che non capiscono niente") e minacce o auguri di violenza. Chi ammette un proprio errore ("sono stato un cretino a non fare il backup") non viene segnalato.',
      messages: {
        threat: {
          message: 'Questa frase si legge come una minaccia o un augurio di violenza.',
          why: 'Le minacce spaventano anche quando vogliono essere uno scherzo; le piattaforme le rimuovono e sospendono gli account, e i datori di lavoro le considerano una colpa grave.',
          fix: 'Eliminala. A mente fredda, racconta cosa è successo e cosa vorresti che cambiasse.',
        },
        insult: {
          message: '"{phrase}" è un insulto.',
          why: 'Un insulto sposta il discorso dal problema alla persona: chi legge si schiera con chi viene insultato, e lo screenshot sopravvive alla discussione.',
          fix: 'Critica l\'azione, non la persona: di\' cosa non ha funzionato e cosa ti aspetti.',
        },
        mockery: {
          message: '"{phrase}" deride le persone con cui o per cui lavori.',
          why: 'Clienti, colleghi e candidati leggono i tuoi post: deriderli dice a ognuno di loro come verrebbe trattato.',
          fix: 'Descrivi il problema che incontri e come lo risolvi: aiuta chi legge e mostra pazienza invece di disprezzo.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Honestly, our customers are too dumb to read a two-line email.',
      'You idiot, the deadline was on Friday.',
      'Che branco di incompetenti, il reparto acquisti.',
      'Clienti che non capiscono niente: ecco la mia giornata.',
    ],
    ok: [
      'I was an idiot to skip backups last year. Here is the checklist I use now.',
      'Our customers taught us more than any consultant: three lessons from the support queue.',
      'Sono stato un cretino a non salvare il file: ora uso il salvataggio automatico.',
      'Se ti senti incompetente davanti al fisco, questa guida è per te.',
    ],
  },
  check({ text, language, report }) {
    for (const { messageId, match } of finders[language](text)) {
      report({ messageId, data: messageId === 'threat' ? {} : { phrase: match.text }, span: match });
    }
  },
});
