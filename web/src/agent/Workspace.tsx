import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { queueByKey } from './queues';
import { QueuePane } from './QueuePane';
import { TicketView } from './ticket/TicketView';
import { ShortcutsHelp } from './ShortcutsHelp';

/** Queue on the left, the open ticket on the right (or a hint to pick one). */
export function Workspace() {
  const { t } = useTranslation('agent');
  const params = useParams();
  const queue = queueByKey(params.queue);
  return (
    <div className="workspace">
      <QueuePane queue={queue} selectedId={params.ticketId} />
      <main id="main" className="ticket-pane">
        {params.ticketId ? (
          <TicketView key={params.ticketId} ticketId={params.ticketId} />
        ) : (
          <div className="state">
            <p>{t('pickTicket')}</p>
            <p className="small">{t('shortcuts.hint')}</p>
          </div>
        )}
      </main>
      <ShortcutsHelp />
    </div>
  );
}
