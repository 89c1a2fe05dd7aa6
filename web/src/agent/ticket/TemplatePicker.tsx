import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import type { Template, Ticket } from '../../shared/api/types';
import { useSession } from '../../shared/auth/session';

/** Fills what the composer can know of a canned reply's or macro's variables (R27); the server adds the rest on delivery. */
export function fill(body: string, values: Record<string, string>): string {
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Canned replies (templates of kind "reply"), fetched when first opened. */
export function TemplatePicker({ ticket, onPick }: { ticket: Ticket; onPick: (text: string) => void }) {
  const { t } = useTranslation('agent');
  const me = useSession().data;
  const [open, setOpen] = useState(false);
  const templates = useQuery({
    queryKey: ['list', 'templates', 'reply'],
    queryFn: () => api<{ items: Template[] }>('/templates?kind=reply').then((r) => r.items),
    enabled: open,
    staleTime: 5 * 60_000,
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('composer.templates')}
      </button>
    );
  }
  const usable = (templates.data ?? []).filter((tpl) => !tpl.teamId || tpl.teamId === ticket.teamId);
  return (
    <>
      <label htmlFor="template-pick" className="visually-hidden">
        {t('composer.templates')}
      </label>
      <select
        id="template-pick"
        style={{ width: 'auto' }}
        value=""
        onChange={(e) => {
          const tpl = usable.find((x) => x.id === e.target.value);
          if (tpl) onPick(fill(tpl.body, { 'ticket.number': String(ticket.number), 'ticket.subject': ticket.subject, 'agent.name': me?.name ?? '' }));
        }}
      >
        <option value="">{templates.isPending ? t('common:loading') : usable.length ? t('composer.pickTemplate') : t('composer.noTemplates')}</option>
        {usable.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {tpl.name}
          </option>
        ))}
      </select>
    </>
  );
}
