import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { Ticket } from '../shared/api/types';

/** True while the person types in a field; shortcuts then stay out of the way. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Asks the composer to open in a mode and take focus. */
export const focusComposer = (mode: 'reply' | 'note') => window.dispatchEvent(new CustomEvent('atende:compose', { detail: mode }));

/**
 * The workspace's keys: j / k next and previous ticket in the queue, r reply, n internal note,
 * ? the list of shortcuts, Escape leaves a field.
 */
export function useQueueShortcuts(queueKey: string, items: Ticket[], selectedId: string | undefined): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && typing(e.target)) return (e.target as HTMLElement).blur();
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const index = items.findIndex((t) => t.id === selectedId);
      const go = (i: number) => {
        const ticket = items[Math.max(0, Math.min(items.length - 1, i))];
        if (ticket) navigate(`/queue/${queueKey}/${ticket.id}`);
      };
      if (e.key === 'j') go(index + 1);
      else if (e.key === 'k') go(index === -1 ? 0 : index - 1);
      else if (e.key === 'r' && selectedId) focusComposer('reply');
      else if (e.key === 'n' && selectedId) focusComposer('note');
      else if (e.key === '?') window.dispatchEvent(new CustomEvent('atende:shortcuts'));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, selectedId, queueKey, navigate]);
}
