import { useState } from 'react';
import type { Translate } from '@/lib/i18n/translate';
import type { SendRequest } from './send-to-background';

type State = { kind: 'idle' } | { kind: 'started' } | { kind: 'failed'; reason: string };

/** "Coach this page": on a site Post Coach does not know, start the generic reader in the tab, at the user's request. */
export function CoachThisPage({ tab, send, t }: { tab: { id: number; url?: string }; send: SendRequest; t: Translate }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function coach() {
    const reply = await send({ type: 'coach-tab', tabId: tab.id, url: tab.url }).catch((error: unknown) => ({
      type: 'error' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    setState(reply.type === 'ok' ? { kind: 'started' } : { kind: 'failed', reason: reply.type === 'error' ? reply.message : reply.type });
  }

  return (
    <div className="coach-page" data-pc="coach-page">
      <p className="muted">{t('popup.coachPageHint')}</p>
      <button type="button" data-pc="coach-page-button" onClick={() => void coach()} disabled={state.kind === 'started'}>
        {t('popup.coachPage')}
      </button>
      <p role="status" data-pc="coach-page-status" data-kind={state.kind}>
        {state.kind === 'started' ? t('popup.coachPageStarted') : state.kind === 'failed' ? t('popup.coachPageFailed', { reason: state.reason }) : ''}
      </p>
    </div>
  );
}
