// The signed-in user's own account: where they are signed in, two-factor sign-in, and a new password.
import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { CurrentUser } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { ErrorNotice, Loading, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { navigate } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';

interface OwnSession {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string;
  isCurrent: boolean;
}

interface TotpSetup {
  secret: string;
  uri: string;
  qrSvg: string;
}

/** The user's own account: sessions, signing out everywhere, two-factor sign-in, changing the password. */
export function AccountScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  useTitle(t('account.title'));
  if (!user) return <Loading />;
  return (
    <section className="account">
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <dt>{t('account.name')}</dt>
        <dd>{user.displayName || t('account.noName')}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{user.email}</dd>
      </dl>
      <Sessions />
      <TwoFactor />
      <Password email={user.email} />
    </section>
  );
}

function Sessions() {
  const { t, formatDateTime } = useI18n();
  const { signOut } = useSession();
  const { data, error, isLoading } = useApi<{ sessions: OwnSession[] }>('/sessions');
  const [endError, setEndError] = useState<ApiError>();
  const [isEnding, setIsEnding] = useState(false);

  const signOutEverywhere = async () => {
    setIsEnding(true);
    try {
      await api('DELETE', '/sessions');
      await signOut();
      navigate('/', { replace: true });
    } catch (caught) {
      setEndError(caught as ApiError);
      setIsEnding(false);
    }
  };

  return (
    <section aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions.title')}</h2>
      <p>{t('account.sessions.intro')}</p>
      {isLoading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorNotice error={error} />
      ) : !data || data.sessions.length === 0 ? (
        <p>{t('account.sessions.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('account.sessions.table')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('account.sessions.device')}</th>
                <th scope="col">{t('account.sessions.createdAt')}</th>
                <th scope="col">{t('account.sessions.lastSeenAt')}</th>
                <th scope="col">{t('account.sessions.expiresAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.sessions.map((session) => (
                <tr
                  key={`${session.createdAt}:${session.userAgent}`}
                  className={session.isCurrent ? 'is-current' : undefined}
                >
                  <th scope="row">
                    {deviceName(session.userAgent, t)}
                    {session.isCurrent && (
                      <>
                        {' '}
                        <span className="badge">{t('account.sessions.current')}</span>
                      </>
                    )}
                  </th>
                  <td>
                    <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                  </td>
                  <td>
                    <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time>
                  </td>
                  <td>
                    <time dateTime={session.expiresAt}>{formatDateTime(session.expiresAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('account.sessions.everywhereTitle')}</h3>
      <p>{t('account.sessions.everywhereText')}</p>
      <ErrorNotice error={endError} />
      <button
        type="button"
        className="button-danger"
        disabled={isEnding}
        onClick={() => void signOutEverywhere()}
      >
        {t('account.sessions.everywhere')}
      </button>
    </section>
  );
}

function TwoFactor() {
  const { t } = useI18n();
  const { user, signedIn } = useSession();
  const [setup, setSetup] = useState<TotpSetup>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError>();
  const [isBusy, setIsBusy] = useState(false);
  const [isDone, setIsDone] = useState(false);

  const reloadSession = async () => signedIn(await api<CurrentUser>('GET', '/session'));

  const start = async () => {
    setIsBusy(true);
    try {
      setSetup(await api<TotpSetup>('POST', '/me/totp'));
      setError(undefined);
    } catch (caught) {
      setError(caught as ApiError);
      if (caught instanceof ApiError && caught.code === 'conflict')
        await reloadSession().catch(() => undefined);
    } finally {
      setIsBusy(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    try {
      await api('POST', '/me/totp/confirm', { code });
      await reloadSession();
      setSetup(undefined);
      setIsDone(true);
      setError(undefined);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setIsBusy(false);
    }
  };

  const isCodeWrong = error?.issues.some((issue) => issue.field === 'code' || issue.field === 'body.code');
  return (
    <section aria-labelledby="account-totp">
      <h2 id="account-totp">{t('account.totp.title')}</h2>
      {user?.isTotpEnabled ? (
        <>
          {isDone && <Notice kind="success">{t('account.totp.done')}</Notice>}
          <p>
            <span className="badge badge-on">{t('account.totp.on')}</span> {t('account.totp.onText')}
          </p>
        </>
      ) : (
        <>
          <p>
            <span className="badge badge-off">{t('account.totp.off')}</span> {t('account.totp.offText')}
          </p>
          {!isCodeWrong && <ErrorNotice error={error} />}
          {!setup ? (
            <button type="button" className="button-primary" disabled={isBusy} onClick={() => void start()}>
              {t('account.totp.start')}
            </button>
          ) : (
            <form className="totp-setup" onSubmit={(event) => void confirm(event)} noValidate>
              <ol className="steps">
                <li>
                  <p>{t('account.totp.stepApp')}</p>
                </li>
                <li>
                  <p>{t('account.totp.stepScan')}</p>
                  <img
                    className="qr-code"
                    src={`data:image/svg+xml;base64,${base64Of(setup.qrSvg)}`}
                    alt={t('account.totp.qrAlt')}
                    width={200}
                    height={200}
                  />
                  <p>
                    {t('account.totp.secretLabel')} <code className="secret">{setup.secret}</code>
                  </p>
                </li>
                <li>
                  <Field
                    label={t('account.totp.code')}
                    hint={t('account.totp.codeHint')}
                    error={isCodeWrong ? t('account.totp.wrongCode') : undefined}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    pattern="[0-9]{6}"
                    maxLength={6}
                    required
                    value={code}
                    onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
                  />
                  <button type="submit" className="button-primary" disabled={isBusy}>
                    {t('account.totp.confirm')}
                  </button>
                </li>
              </ol>
            </form>
          )}
        </>
      )}
    </section>
  );
}

function Password({ email }: { email: string }) {
  const { t } = useI18n();
  const [isSent, setIsSent] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [isBusy, setIsBusy] = useState(false);

  const requestLink = async () => {
    setIsBusy(true);
    try {
      await api('POST', '/password-reset', { email });
      setIsSent(true);
      setError(undefined);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password.title')}</h2>
      <p>{t('account.password.text', { email })}</p>
      <ErrorNotice error={error} />
      {isSent ? (
        <Notice kind="success">{t('account.password.sent', { email })}</Notice>
      ) : (
        <button type="button" disabled={isBusy} onClick={() => void requestLink()}>
          {t('account.password.request')}
        </button>
      )}
    </section>
  );
}

const browsers: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|Chromium\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** A browser's user-agent string as people name their device: "Firefox on Windows". */
function deviceName(userAgent: string, t: ReturnType<typeof useI18n>['t']): string {
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser && !system) return t('account.sessions.unknownDevice');
  return t('account.sessions.deviceName', {
    browser: browser ?? t('account.sessions.unknownBrowser'),
    system: system ?? t('account.sessions.unknownSystem'),
  });
}

/** Base64 of a text's UTF-8 bytes, for a data: address. */
function base64Of(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
