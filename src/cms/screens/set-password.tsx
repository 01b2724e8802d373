import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client.ts';
import { api } from '../api/client.ts';
import { Field } from '../components/field.tsx';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useTitle } from '../lib/use-title.ts';
import { LIMITS } from '../../shared/limits.ts';

/** Choosing a password from an invitation or reset link; the token is in the address's fragment. */
export function SetPasswordScreen() {
  const { t } = useI18n();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<ApiError>();
  const [mismatch, setMismatch] = useState(false);
  const [isDone, setIsDone] = useState(false);
  useTitle(t('setPassword.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeated);
    if (password !== repeated) return;
    try {
      await api('POST', '/password', { token, password });
      setIsDone(true);
    } catch (caught) {
      setError(caught as ApiError);
    }
  };

  if (!token) {
    return (
      <section className="narrow">
        <h1>{t('setPassword.title')}</h1>
        <Notice kind="error">{t('setPassword.noToken')}</Notice>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('setPassword.title')}</h1>
      {isDone ? (
        <Notice kind="success">
          {t('setPassword.done')} <Link to="/">{t('setPassword.signIn')}</Link>
        </Notice>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorNotice error={error} />
          <Field
            label={t('setPassword.password')}
            hint={t('setPassword.rules', { min: LIMITS.passwordMinLength })}
            type="password"
            autoComplete="new-password"
            required
            minLength={LIMITS.passwordMinLength}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Field
            label={t('setPassword.repeat')}
            type="password"
            autoComplete="new-password"
            required
            error={mismatch ? t('setPassword.mismatch') : undefined}
            value={repeated}
            onChange={(event) => setRepeated(event.target.value)}
          />
          <button type="submit" className="button-primary">
            {t('setPassword.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
