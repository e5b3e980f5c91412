import * as z from 'zod';
import type { Language } from '../analysis/schema';

/** Why the organisation manages a setting, as the administrator wrote it (one text, or one per language). */
export const LockReasonSchema = z.union([z.string().trim().min(1).max(300), z.object({ en: z.string().trim().max(300).optional(), it: z.string().trim().max(300).optional() })]);
export type LockReason = z.infer<typeof LockReasonSchema>;

/** The administrator's reason in the interface's language, falling back to the other one. */
export function reasonText(reason: LockReason | null | undefined, language: Language): string | null {
  if (!reason) return null;
  if (typeof reason === 'string') return reason;
  return reason[language] || reason[language === 'en' ? 'it' : 'en'] || null;
}
