import type { Translate } from '@/lib/i18n/translate';
import { ConfirmAction } from './ConfirmAction';

/** "Reset to defaults" with an inline confirmation. */
export function ResetSettings({ onReset, t }: { onReset(): Promise<void>; t: Translate }) {
  return (
    <ConfirmAction
      name="reset"
      label={t('options.resetButton')}
      question={t('options.resetQuestion')}
      confirm={t('options.resetConfirm')}
      cancel={t('options.resetCancel')}
      onConfirm={onReset}
    />
  );
}
