import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { CurrentUser } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSession } from '../lib/session.tsx';
import { useTitle } from '../lib/use-title.ts';

/** Signing in with e-mail and password, then the authenticator code when the account has one. */
export function SignInScreen() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [needsOtp, setNeedsOtp] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [isBusy, setIsBusy] = useState(false);
  const [isResetting, setIsResetting] = useState(false);
  useTitle(t('signIn.title'));

  if (isResetting) return <PasswordResetRequest email={email} onBack={() => setIsResetting(false)} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    try {
      signedIn(
        await api<CurrentUser>('POST', '/session', { email, password, otp: needsOtp ? otp : undefined }),
      );
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'otp_required') {
        setNeedsOtp(true);
        setError(undefined);
      } else setError(caught as ApiError);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      {error && (
        <ErrorNotice
          error={
            error.status === 401
              ? new ApiError(401, error.code, t(needsOtp ? 'signIn.wrongCode' : 'signIn.wrong'), null)
              : error
          }
        />
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {needsOtp && (
          <Field
            label={t('signIn.otp')}
            hint={t('signIn.otpHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            autoFocus
            value={otp}
            onChange={(event) => setOtp(event.target.value.replace(/\D/g, ''))}
          />
        )}
        <button type="submit" className="button-primary" disabled={isBusy}>
          {isBusy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <button type="button" className="button-link" onClick={() => setIsResetting(true)}>
          {t('signIn.forgot')}
        </button>
      </p>
    </section>
  );
}

function PasswordResetRequest({ email: initial, onBack }: { email: string; onBack(): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState(initial);
  const [isSent, setIsSent] = useState(false);
  const [error, setError] = useState<ApiError>();
  useTitle(t('reset.title'));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api('POST', '/password-reset', { email });
      setIsSent(true);
      setError(undefined);
    } catch (caught) {
      setError(caught as ApiError);
    }
  };
  return (
    <section className="narrow">
      <h1>{t('reset.title')}</h1>
      <ErrorNotice error={error} />
      {isSent ? (
        <Notice kind="success">{t('reset.sent', { email })}</Notice>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p>{t('reset.intro')}</p>
          <Field
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="button-primary">
            {t('reset.submit')}
          </button>
        </form>
      )}
      <p>
        <button type="button" className="button-link" onClick={onBack}>
          {t('reset.back')}
        </button>
      </p>
    </section>
  );
}
