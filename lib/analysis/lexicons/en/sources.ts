/** Signs that the post cites its source the way references are written: authors, years, journals, labels. */
export const citations: readonly string[] = [
  'et al\\.?', '(source|sources|via|see|ref|cf)\\s?:', '\\((19|20)\\d{2}\\)', '(19|20)\\d{2} (study|survey|report|paper|review|pilot|trial|experiment|poll|census)', 'published (in|by)', 'according to (the )?\\d{4}',
  'journal', 'doi', 'arxiv', 'pubmed',
  '(study|survey|report|paper|review|meta-analysis) (by|from|of|in) (the )?\\d*\\s?\\p{L}+ (university|institute|school|lab)',
];

/** Institutions whose name stands for a source when a claim leans on it. */
export const institutions: readonly string[] = [
  'universit(y|ies)', 'institute', 'harvard', 'stanford', 'gallup', 'pew research', 'mckinsey', 'gartner', 'deloitte',
  'lancet', 'eurostat', 'statista', 'nielsen', 'eurobarometer', 'world bank',
];

/** Institutions known by their capitals (WHO, not "who"). */
export const namedInstitutions: readonly string[] = ['WHO', 'MIT', 'OECD', 'NBER', 'BMJ', 'JAMA', 'HBR', 'ECB', 'IMF', 'CDC', 'NIH', 'ONS'];

/** References to a named author or body, recognised by the capital: "according to Eurostat", "a study by Autonomy". */
export const namedCitations: readonly string[] = [
  '[Aa]ccording to (the )?\\p{Lu}[\\p{L}-]*', '(study|survey|report|paper|research|pilot|trial|experiment|analysis|poll|census) (by|from|at) (the )?\\p{Lu}[\\p{L}-]*',
  '\\p{Lu}\\p{L}+ (et al|University|Institute|Review|Journal)',
];
