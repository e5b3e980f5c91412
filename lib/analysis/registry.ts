import type { Rule } from './define-rule';
// self-promotion
import noHumblebrag from './rules/no-humblebrag';
import noHardSell from './rules/no-hard-sell';
import noSelfSuperlative from './rules/no-self-superlative';
import noTagStuffing from './rules/no-tag-stuffing';
import requireAdDisclosure from './rules/require-ad-disclosure';
import noSelfFocus from './rules/no-self-focus';
// inappropriate
import noProfanity from './rules/no-profanity';
import noInsult from './rules/no-insult';
import noDiscriminatoryLanguage from './rules/no-discriminatory-language';
import noShouting from './rules/no-shouting';
import noFakeEngagement from './rules/no-fake-engagement';
import noDismissiveReply from './rules/no-dismissive-reply';
// confidential
import noSecrets from './rules/no-secrets';
import noPersonalData from './rules/no-personal-data';
import noHomeAddress from './rules/no-home-address';
import noInternalLinks from './rules/no-internal-links';
import noConfidentialityMarker from './rules/no-confidentiality-marker';
import noUnreleasedInfo from './rules/no-unreleased-info';
import noEarlyNews from './rules/no-early-news';
import noConfidentialTerms from './rules/no-confidential-terms';
// length
import maxLength from './rules/max-length';
import keyMessageBeforeFold from './rules/key-message-before-fold';
import maxSentenceLength from './rules/max-sentence-length';
import noWallOfText from './rules/no-wall-of-text';
import minReadability from './rules/min-readability';
import approachingLimit from './rules/approaching-limit';
// reader-value
import requireTakeaway from './rules/require-takeaway';
import noEmptyOpener from './rules/no-empty-opener';
import noTeaser from './rules/no-teaser';
import noBuzzwords from './rules/no-buzzwords';
import noEngagementBait from './rules/no-engagement-bait';
import noUnsupportedClaim from './rules/no-unsupported-claim';
// the learned model, a second opinion per fuzzy category
import learnedSelfPromotion from './rules/learned-self-promotion';
import learnedInappropriate from './rules/learned-inappropriate';
import learnedConfidential from './rules/learned-confidential';
import learnedReaderValue from './rules/learned-reader-value';

/** Every rule, listed explicitly: the conventions test checks each against its file, tests and messages. */
export const rules: readonly Rule[] = [
  // self-promotion
  noHumblebrag,
  noHardSell,
  noSelfSuperlative,
  noTagStuffing,
  requireAdDisclosure,
  noSelfFocus,
  // inappropriate
  noProfanity,
  noInsult,
  noDiscriminatoryLanguage,
  noShouting,
  noFakeEngagement,
  noDismissiveReply,
  // confidential
  noSecrets,
  noPersonalData,
  noHomeAddress,
  noInternalLinks,
  noConfidentialityMarker,
  noUnreleasedInfo,
  noEarlyNews,
  noConfidentialTerms,
  // length
  maxLength,
  keyMessageBeforeFold,
  maxSentenceLength,
  noWallOfText,
  minReadability,
  approachingLimit,
  // reader-value
  requireTakeaway,
  noEmptyOpener,
  noTeaser,
  noBuzzwords,
  noEngagementBait,
  noUnsupportedClaim,
  // the learned model
  learnedSelfPromotion,
  learnedInappropriate,
  learnedConfidential,
  learnedReaderValue,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
