import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Chat } from '../../shared/api/chat-types';
import { useTeamAgents, useTeams } from '../../shared/api/directory';
import { useSession } from '../../shared/auth/session';
import { FormError } from '../../shared/ui/states';
import { chatKeys, transferChat } from './chat-api';

/**
 * Hands the chat to another team's queue (it keeps its place by arrival) or straight to an agent
 * (R19, R37). Picking only a team queues it there; picking an agent gives it to them at once.
 */
export function TransferChat({ chat }: { chat: Chat }) {
  const { t } = useTranslation('chat');
  const client = useQueryClient();
  const me = useSession().data!;
  const teams = useTeams();
  const [teamId, setTeamId] = useState(chat.teamId ?? '');
  const [agentId, setAgentId] = useState('');
  const agents = useTeamAgents(teamId || null);
  const staff = (agents.data ?? []).filter((p) => p.role !== 'customer' && p.active && p.id !== me.id);
  const transfer = useMutation({
    mutationFn: () => transferChat(chat.id, agentId ? { agentId } : { teamId }),
    onSuccess: (updated) => {
      client.setQueryData(chatKeys.chat(updated.id), updated);
      void client.invalidateQueries({ queryKey: chatKeys.lists });
      setAgentId('');
    },
  });
  const unchanged = !agentId && teamId === (chat.teamId ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!unchanged && teamId) transfer.mutate();
  };
  return (
    <details className="chat-transfer">
      <summary>{t('transfer.title')}…</summary>
      <form onSubmit={submit} aria-label={t('transfer.title')}>
        <div className="field">
          <label htmlFor="transfer-team">{t('transfer.team')}</label>
          <select
            id="transfer-team"
            value={teamId}
            onChange={(e) => {
              setTeamId(e.target.value);
              setAgentId('');
            }}
          >
            {!teamId && <option value="">{t('common:none')}</option>}
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="transfer-agent">{t('transfer.agent')}</label>
          <select id="transfer-agent" value={agentId} onChange={(e) => setAgentId(e.target.value)} disabled={!teamId}>
            <option value="">{t('transfer.anyAgent')}</option>
            {staff.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={unchanged || !teamId || transfer.isPending}>
          {transfer.isPending ? t('common:saving') : t('transfer.submit')}
        </button>
        {transfer.isSuccess && (
          <p className="small muted" role="status">
            {t('transfer.done')}
          </p>
        )}
        <FormError error={transfer.error} />
      </form>
    </details>
  );
}
