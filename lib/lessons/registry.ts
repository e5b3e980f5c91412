import type { Lesson } from './define-lesson';
import noHumblebrag from './lessons/no-humblebrag';
import noHardSell from './lessons/no-hard-sell';
import noSelfSuperlative from './lessons/no-self-superlative';
import noTagStuffing from './lessons/no-tag-stuffing';
import requireAdDisclosure from './lessons/require-ad-disclosure';
import noSelfFocus from './lessons/no-self-focus';
import noProfanity from './lessons/no-profanity';
import noInsult from './lessons/no-insult';
import noDiscriminatoryLanguage from './lessons/no-discriminatory-language';
import noShouting from './lessons/no-shouting';
import noFakeEngagement from './lessons/no-fake-engagement';
import noDismissiveReply from './lessons/no-dismissive-reply';
import noSecrets from './lessons/no-secrets';
import noPersonalData from './lessons/no-personal-data';
import noHomeAddress from './lessons/no-home-address';
import noInternalLinks from './lessons/no-internal-links';
import noConfidentialityMarker from './lessons/no-confidentiality-marker';
import noUnreleasedInfo from './lessons/no-unreleased-info';
import noEarlyNews from './lessons/no-early-news';
import noConfidentialTerms from './lessons/no-confidential-terms';
import maxLength from './lessons/max-length';
import keyMessageBeforeFold from './lessons/key-message-before-fold';
import maxSentenceLength from './lessons/max-sentence-length';
import noWallOfText from './lessons/no-wall-of-text';
import minReadability from './lessons/min-readability';
import approachingLimit from './lessons/approaching-limit';
import requireTakeaway from './lessons/require-takeaway';
import noEmptyOpener from './lessons/no-empty-opener';
import noTeaser from './lessons/no-teaser';
import noBuzzwords from './lessons/no-buzzwords';
import noEngagementBait from './lessons/no-engagement-bait';
import noUnsupportedClaim from './lessons/no-unsupported-claim';
import learnedSelfPromotion from './lessons/learned-self-promotion';
import learnedInappropriate from './lessons/learned-inappropriate';
import learnedConfidential from './lessons/learned-confidential';
import learnedReaderValue from './lessons/learned-reader-value';

/** Every lesson, one per rule, in the order of `ruleIds` (`lessons.test.ts` keeps the two equal). */
export const lessons: readonly Lesson[] = [
  noHumblebrag,
  noHardSell,
  noSelfSuperlative,
  noTagStuffing,
  requireAdDisclosure,
  noSelfFocus,
  noProfanity,
  noInsult,
  noDiscriminatoryLanguage,
  noShouting,
  noFakeEngagement,
  noDismissiveReply,
  noSecrets,
  noPersonalData,
  noHomeAddress,
  noInternalLinks,
  noConfidentialityMarker,
  noUnreleasedInfo,
  noEarlyNews,
  noConfidentialTerms,
  maxLength,
  keyMessageBeforeFold,
  maxSentenceLength,
  noWallOfText,
  minReadability,
  approachingLimit,
  requireTakeaway,
  noEmptyOpener,
  noTeaser,
  noBuzzwords,
  noEngagementBait,
  noUnsupportedClaim,
  learnedSelfPromotion,
  learnedInappropriate,
  learnedConfidential,
  learnedReaderValue,
];

const byRule = new Map<string, Lesson>(lessons.map((lesson) => [lesson.ruleId, lesson]));

/** The lesson of a rule, or undefined for an id that is not a rule's. */
export function findLesson(ruleId: string): Lesson | undefined {
  return byRule.get(ruleId);
}
