import type { BuiltinPackName } from '../ids';
import disclosureItAgcom from './disclosure-it-agcom.json';
import disclosureUsFtc from './disclosure-us-ftc.json';
import inclusiveLanguageEn from './inclusive-language-en.json';
import inclusiveLanguageIt from './inclusive-language-it.json';

/** The built-in packs, as data; `packs.test.ts` checks each against the pack schema. */
export const builtinPacks: Readonly<Record<BuiltinPackName, unknown>> = {
  'disclosure-us-ftc': disclosureUsFtc,
  'disclosure-it-agcom': disclosureItAgcom,
  'inclusive-language-en': inclusiveLanguageEn,
  'inclusive-language-it': inclusiveLanguageIt,
};
