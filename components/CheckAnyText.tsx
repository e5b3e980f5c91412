import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Language, PlatformId, Report } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import { MAX_DRAFT_LENGTH } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings/schema';
import { errorMessage } from './error-message';
import { PlatformPicker } from './PlatformPicker';
import { ReportView } from './ReportView';
import type { SendRequest } from './send-to-background';

type Outcome = { kind: 'report'; report: Report } | { kind: 'empty' } | { kind: 'failed'; reason: string };

interface CheckAnyTextProps {
  send: SendRequest;
  uiLanguage: Language;
  mode: Settings['mode'];
  initialPlatform: PlatformId;
  t: Translate;
}

/** Checks text pasted in the popup, on any page: the background's analyser does the work. */
export function CheckAnyText({ send, uiLanguage, mode, initialPlatform, t }: CheckAnyTextProps) {
  const textId = useId();
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState(initialPlatform);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Replies to an earlier click are dropped when a later one is under way.
  const latestRequest = useRef(0);

  async function check(event?: FormEvent) {
    event?.preventDefault();
    if (!text.trim()) {
      setOutcome({ kind: 'empty' });
      return;
    }
    const id = ++latestRequest.current;
    setPending(true);
    const reply = await send({ type: 'analyze', id, text, platform, uiLanguage }).catch((error: unknown) => ({
      type: 'error' as const,
      message: errorMessage(error),
    }));
    if (id !== latestRequest.current) return;
    setPending(false);
    if (reply.type === 'report') setOutcome({ kind: 'report', report: reply.report });
    else setOutcome({ kind: 'failed', reason: reply.type === 'error' ? reply.message : reply.type });
  }

  function checkOnControlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void check(event);
  }

  return (
    <section className="check" aria-labelledby={`${textId}-heading`} data-pc="check">
      <h2 id={`${textId}-heading`}>{t('popup.check')}</h2>
      <form onSubmit={(event) => void check(event)}>
        <label htmlFor={textId} className="visually-hidden">
          {t('popup.checkText')}
        </label>
        <textarea
          id={textId}
          data-pc="check-text"
          rows={4}
          maxLength={MAX_DRAFT_LENGTH}
          placeholder={t('popup.checkPlaceholder')}
          aria-keyshortcuts="Control+Enter"
          aria-invalid={outcome?.kind === 'empty' || undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={checkOnControlEnter}
        />
        <div className="check-controls">
          <PlatformPicker value={platform} onChange={setPlatform} t={t} />
          <button type="submit" className="primary" data-pc="check-button" aria-busy={pending}>
            {pending ? t('popup.checking') : t('popup.checkButton')}
          </button>
        </div>
      </form>
      <p role="status" className="check-summary" data-problem={(outcome && outcome.kind !== 'report') || undefined} data-pc="check-status">
        {outcome && summary(outcome, t)}
      </p>
      {outcome?.kind === 'report' && <ReportView report={outcome.report} mode={mode} t={t} />}
    </section>
  );
}

function summary(outcome: Outcome, t: Translate): string {
  switch (outcome.kind) {
    case 'empty':
      return t('popup.checkEmpty');
    case 'failed':
      return t('popup.checkFailed', { reason: outcome.reason });
    case 'report': {
      const count = outcome.report.findings.length;
      if (count === 0) return t('popup.checkSummaryNone');
      return count === 1 ? t('popup.checkSummaryOne') : t('popup.checkSummary', { count });
    }
  }
}
