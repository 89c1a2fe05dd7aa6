import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import type { ArticleSuggestion } from '../../shared/api/types';
import { Loading } from '../../shared/ui/states';

/** One suggested article: its title and snippet; "Read" opens its text in place. */
export function ArticleSuggestionItem({ article, deflectionId }: { article: ArticleSuggestion; deflectionId?: string }) {
  const { t } = useTranslation('portal');
  const [open, setOpen] = useState(false);
  const full = useQuery({
    queryKey: ['article', article.id],
    queryFn: () => api<{ bodyHtml: string }>(`/kb/articles/${article.id}`),
    enabled: open,
  });
  const toggle = () => {
    if (!open && deflectionId) void api(`/kb/deflections/${deflectionId}`, { method: 'PATCH', body: { openedArticleId: article.id } }).catch(() => {});
    setOpen(!open);
  };
  return (
    <li className="card">
      <h3>{article.title}</h3>
      <p className="muted small">{article.snippet}</p>
      <button type="button" className="link" aria-expanded={open} onClick={toggle}>
        {open ? t('question.hide') : t('question.read')}
      </button>
      {open && (full.isPending ? <Loading /> : full.data ? <div className="body html" dangerouslySetInnerHTML={{ __html: full.data.bodyHtml }} /> : null)}
    </li>
  );
}
