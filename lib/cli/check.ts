import type { Analyzer } from '../analysis/engine';
import type { Language, PlatformId, Report } from '../analysis/schema';
import type { BadRow, Draft, Input } from './inputs';

export interface CheckedDraft {
  kind: 'checked';
  draft: Draft;
  report: Report;
}

export type Result = CheckedDraft | BadRow;

export interface CheckDefaults {
  platform?: PlatformId;
  language?: Language;
  uiLanguage: Language;
}

/** Analyses every draft with one analyzer; a row's own platform and language win over the defaults. */
export function checkInputs(inputs: readonly Input[], analyzer: Analyzer, defaults: CheckDefaults): Result[] {
  return inputs.map((input) =>
    input.kind === 'bad-row'
      ? input
      : {
          kind: 'checked',
          draft: input,
          report: analyzer.analyze(input.text, {
            platform: input.platform ?? defaults.platform,
            language: input.language ?? defaults.language,
            uiLanguage: defaults.uiLanguage,
          }),
        },
  );
}

/** 1 when anything must not be published as is (an error finding) or could not be checked (a bad row), else 0. */
export function exitCodeFor(results: readonly Result[]): 0 | 1 {
  const failed = results.some(
    (result) => result.kind === 'bad-row' || result.report.findings.some((finding) => finding.severity === 'error'),
  );
  return failed ? 1 : 0;
}
