import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../realtime/live-context';

/** "Live" while the realtime socket is connected, "Reconnecting…" otherwise; `quiet` keeps it for screen readers only. */
export function LiveIndicator({ quiet = false }: { quiet?: boolean }) {
  const { t } = useTranslation('common');
  const status = useLiveStatus();
  return (
    <span className={quiet ? 'live visually-hidden' : 'live'} data-status={status} role="status" aria-live="polite">
      {status === 'open' ? t('live.open') : t('live.connecting')}
    </span>
  );
}
