import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../shared/api/client';
import type { ArticleSuggestion } from '../../shared/api/types';
import { Empty, FormError } from '../../shared/ui/states';
import { ArticleSuggestionItem } from './ArticleSuggestionItem';
import type { RequestDraft } from './request-draft';

/** Records which articles were offered, so deflection can be measured (R14); failures are harmless. */
async function recordDeflection(question: string, language: string, suggestedIds: string[]): Promise<string | undefined> {
  try {
    const record = await api<{ id: string }>('/kb/deflections', { method: 'POST', body: { question, language, suggestedIds, channel: 'portal' } });
    return record.id;
  } catch {
    return undefined;
  }
}

/**
 * R14: a question in the customer's words yields suggested articles; if none answers it, the
 * customer goes on to open a ticket with the question already filled in.
 */
export function QuestionStep({ draft, update, onNext, onBack }: { draft: RequestDraft; update: (patch: Partial<RequestDraft>) => void; onNext: () => void; onBack: () => void }) {
  const { t, i18n } = useTranslation('portal');
  const [text, setText] = useState(draft.question ?? '');
  const [solved, setSolved] = useState(false);
  const suggest = useMutation({
    mutationFn: async (question: string) => {
      const result = await api<{ items: ArticleSuggestion[] }>(`/kb/suggest${query({ q: question, lang: i18n.language })}`);
      const deflectionId = await recordDeflection(question, i18n.language, result.items.map((a) => a.id));
      update({ question, deflectionId, intake: { ...draft.intake, description: draft.intake.description || question } });
      return result.items;
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) suggest.mutate(text.trim());
  };
  const markSolved = () => {
    setSolved(true);
    if (draft.deflectionId) void api(`/kb/deflections/${draft.deflectionId}`, { method: 'PATCH', body: { outcome: 'solved' } }).catch(() => {});
  };
  if (solved) {
    return (
      <div role="status">
        <p>{t('question.glad')}</p>
        <Link to="/">{t('nav.myTickets')}</Link>
      </div>
    );
  }
  return (
    <div>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="question">{t('question.label')}</label>
          <textarea id="question" required value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <FormError error={suggest.error} />
        <div className="row">
          <button type="button" onClick={onBack}>
            {t('flow.back')}
          </button>
          <button type="submit" className="primary" disabled={suggest.isPending || !text.trim()}>
            {t('question.find')}
          </button>
        </div>
      </form>
      {suggest.data && (
        <section aria-labelledby="suggestions-title" style={{ marginTop: '1rem' }}>
          <h2 id="suggestions-title">{t('question.suggestions')}</h2>
          {suggest.data.length === 0 ? (
            <Empty>{t('question.none')}</Empty>
          ) : (
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {suggest.data.map((article) => (
                <ArticleSuggestionItem key={article.id} article={article} deflectionId={draft.deflectionId} />
              ))}
            </ul>
          )}
          <div className="row">
            {suggest.data.length > 0 && (
              <button type="button" onClick={markSolved}>
                {t('question.solved')}
              </button>
            )}
            <button type="button" className="primary" onClick={onNext}>
              {t('question.openTicket')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
