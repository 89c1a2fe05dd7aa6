import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Shown while something loads; announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </div>
  );
}

/** A failed load, with the server's reason and a way to try again. */
export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="state error" role="alert">
      <p>{errorText(error, t('error.generic'))}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="state">{children}</div>;
}

/** The human sentence of an API error (the server writes them), or a fallback. */
export function errorText(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message || fallback;
  // Errors the app raises itself (e.g. a form's invalid JSON) carry a readable message.
  if (error instanceof Error && error.message && error.name === 'Error') return error.message;
  return fallback;
}

/** An inline error under a form, announced when it appears. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorText(error, t('error.generic'))}
    </p>
  );
}
