import { useCallback, useEffect, useState } from 'react';
import type { Language } from '@/lib/analysis/schema';
import type { TeamState } from '@/lib/settings/team';
import type { SendRequest } from './send-to-background';

/**
 * The team rules as the background sees them (imported pack, the organisation's policy, its problems
 * described in `language`), or null when it cannot say: then nothing is shown as managed, and nothing
 * breaks. Asked again when the language changes.
 */
export function useTeam(send: SendRequest, language: Language | undefined): { team: TeamState | null; setTeam(team: TeamState): void } {
  const [team, setTeam] = useState<TeamState | null>(null);
  const refresh = useCallback(
    (uiLanguage: Language | undefined) => {
      let current = true;
      void send({ type: 'get-team', uiLanguage })
        .then((reply) => current && reply.type === 'team' && setTeam(reply.team))
        .catch(() => undefined);
      return () => {
        current = false;
      };
    },
    [send],
  );
  useEffect(() => refresh(language), [refresh, language]);
  return { team, setTeam };
}
