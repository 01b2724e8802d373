import { WORKSPACE_LANGUAGES, useI18n, type WorkspaceLanguage } from '../i18n/i18n.ts';
import { navigate } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { Link } from './link.tsx';
import { UnreadCount } from './unread-count.tsx';

/** The bar on every screen: the way home, notifications, the account, the interface language, sign-out. */
export function TopBar() {
  const { t, language, setLanguage } = useI18n();
  const { user, signOut } = useSession();
  return (
    <header className="top-bar">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Link to="/" className="brand">
        Lotse <span className="brand-sub">{t('common.workspace')}</span>
      </Link>
      <nav aria-label={t('common.accountNavigation')} className="top-nav">
        {user && (
          <>
            <Link to="/notifications">
              {t('common.notifications')} <UnreadCount />
            </Link>
            <Link to="/account">{t('common.account')}</Link>
          </>
        )}
        <label className="language-choice">
          <span className="visually-hidden">{t('common.interfaceLanguage')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as WorkspaceLanguage)}>
            {WORKSPACE_LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option}>
                {option === 'de' ? 'Deutsch' : 'English'}
              </option>
            ))}
          </select>
        </label>
        {user && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => void signOut().then(() => navigate('/', { replace: true }))}
          >
            {t('common.signOut')}
          </button>
        )}
      </nav>
    </header>
  );
}
