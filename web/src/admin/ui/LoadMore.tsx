import { useTranslation } from 'react-i18next';

export function LoadMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  const { t } = useTranslation('admin');
  if (!hasMore) return null;
  return (
    <p style={{ textAlign: 'center' }}>
      <button type="button" onClick={onMore} disabled={loading}>
        {loading ? t('common:loading') : t('table.more')}
      </button>
    </p>
  );
}
