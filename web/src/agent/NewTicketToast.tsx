import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveFrames } from '../shared/realtime/live-context';
import type { LiveFrame } from '../shared/realtime/live-socket';

/** Announces tickets that arrive while the agent works (polite live region, gone after 6 s). */
export function NewTicketToast() {
  const { t } = useTranslation('agent');
  const [text, setText] = useState<string | null>(null);
  const onFrame = useCallback(
    (frame: LiveFrame) => {
      if (frame.type === 'tickets.created') setText(t('toast.newTicket', { number: frame.data?.number ?? '' }));
    },
    [t],
  );
  useLiveFrames(onFrame);
  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => setText(null), 6000);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div aria-live="polite" role="status">
      {text && <div className="toast">{text}</div>}
    </div>
  );
}
