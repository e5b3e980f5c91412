import { useEffect, useState } from 'react';
import type { RuleInfo } from '@/lib/analysis/catalogue';
import type { Language } from '@/lib/analysis/schema';
import type { SendRequest } from './send-to-background';
import { errorMessage } from './error-message';

export type RulesState = { kind: 'loading' } | { kind: 'loaded'; rules: RuleInfo[] } | { kind: 'failed'; reason: string };

/**
 * Every rule's name, description and examples in `language`, from the background's analyser; asked
 * again when `rulesChanged` changes (a rule pack imported or removed).
 */
export function useRules(send: SendRequest, language: Language, rulesChanged?: unknown): RulesState {
  const [state, setState] = useState<RulesState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    void send({ type: 'get-rules', uiLanguage: language })
      .then((reply): RulesState => (reply.type === 'rules' ? { kind: 'loaded', rules: reply.rules } : { kind: 'failed', reason: reply.type === 'error' ? reply.message : reply.type }))
      .catch((error: unknown): RulesState => ({ kind: 'failed', reason: errorMessage(error) }))
      .then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [send, language, rulesChanged]);
  return state;
}
