import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api/client';
import { useRedeemMagicLink, useSignIn } from '../shared/auth/session';
import { FormError, Loading } from '../shared/ui/states';
import { LanguageSwitcher } from '../shared/ui/LanguageSwitcher';

/** Redeems /portal/sign-in?token=… once, then opens the portal. */
function RedeemLink({ token }: { token: string }) {
  const { t } = useTranslation('portal');
  const redeem = useRedeemMagicLink();
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    redeem.mutate(token, { onSuccess: () => navigate('/', { replace: true }) });
  }, [token, redeem, navigate]);
  if (redeem.isError) {
    return (
      <div className="card">
        <FormError error={redeem.error} />
        <button type="button" onClick={() => navigate('/sign-in', { replace: true })}>
          {t('signIn.askAgain')}
        </button>
      </div>
    );
  }
  return <Loading label={t('signIn.redeeming')} />;
}

function PasswordForm() {
  const { t } = useTranslation('portal');
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => navigate('/', { replace: true }) });
  };
  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor="email">{t('common:signIn.email')}</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="password">{t('common:signIn.password')}</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      <FormError error={signIn.error} />
      <button className="primary" type="submit" disabled={signIn.isPending}>
        {t('common:signIn.submit')}
      </button>
    </form>
  );
}

function MagicLinkForm() {
  const { t } = useTranslation('portal');
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: (address: string) => api('/auth/magic-link', { method: 'POST', body: { email: address } }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate(email);
  };
  if (request.isSuccess) {
    return (
      <p role="status" data-testid="magic-link-sent">
        {t('signIn.linkSent', { email })}
      </p>
    );
  }
  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor="link-email">{t('common:signIn.email')}</label>
        <input id="link-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <p className="hint">{t('signIn.linkHint')}</p>
      </div>
      <FormError error={request.error} />
      <button className="primary" type="submit" disabled={request.isPending}>
        {t('signIn.sendLink')}
      </button>
    </form>
  );
}

/** Sign in with the same email as in the product (R6): a password, or a link sent by email. */
export function SignInPage() {
  const { t } = useTranslation('portal');
  const [params] = useSearchParams();
  const token = params.get('token');
  const [mode, setMode] = useState<'password' | 'link'>('password');
  return (
    <main id="main" className="page" style={{ maxWidth: 460 }}>
      <div className="row" style={{ justifyContent: 'space-between', marginBottom: '1rem' }}>
        <strong>{t('brand')}</strong>
        <LanguageSwitcher />
      </div>
      {token ? (
        <RedeemLink token={token} />
      ) : (
        <section className="card" aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">{t('signIn.title')}</h1>
          <p className="muted">{t('signIn.intro')}</p>
          <div className="row" role="group" aria-label={t('signIn.how')} style={{ marginBottom: '1rem' }}>
            <button type="button" aria-pressed={mode === 'password'} className={mode === 'password' ? 'primary' : ''} onClick={() => setMode('password')}>
              {t('signIn.withPassword')}
            </button>
            <button type="button" aria-pressed={mode === 'link'} className={mode === 'link' ? 'primary' : ''} onClick={() => setMode('link')}>
              {t('signIn.withLink')}
            </button>
          </div>
          {mode === 'password' ? <PasswordForm /> : <MagicLinkForm />}
        </section>
      )}
    </main>
  );
}
