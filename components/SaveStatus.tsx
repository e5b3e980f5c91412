import { useEffect, useState } from 'react';
import type { Translate } from '@/lib/i18n/translate';
import type { SaveOutcome } from './useSettings';

/** "Saved" fades after this long; a failure stays until the next save. */
const SHOWN_MS = 2500;

/** The outcome of the latest change, announced politely to screen readers. */
export function SaveStatus({ lastSave, t }: { lastSave: SaveOutcome | null; t: Translate }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!lastSave) return;
    setVisible(true);
    if (!lastSave.ok) return;
    const timer = setTimeout(() => setVisible(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [lastSave]);
  return (
    <p className="save-status" role="status" data-pc="save-status" data-ok={lastSave?.ok}>
      {visible && lastSave && (lastSave.ok ? t('options.saved') : t('options.saveFailed', { reason: lastSave.reason }))}
    </p>
  );
}
