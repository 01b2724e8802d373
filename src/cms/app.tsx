// The workspace: interface language, session, and which screen the address shows.
import { useEffect, useMemo, useState } from 'react';
import { Loading } from './components/notice.tsx';
import { RegionShell } from './components/region-shell.tsx';
import { TopBar } from './components/top-bar.tsx';
import { I18nContext, initialLanguage, rememberLanguage, translatorFor, type I18n } from './i18n/i18n.ts';
import { matchPath, usePath } from './lib/router.ts';
import { SessionProvider, useSession } from './lib/session.tsx';
import { AccountScreen } from './screens/account.tsx';
import { NotFoundScreen } from './screens/not-found.tsx';
import { NotificationsScreen } from './screens/notifications.tsx';
import { RegionChooser } from './screens/region-chooser.tsx';
import { SetPasswordScreen } from './screens/set-password.tsx';
import { SignInScreen } from './screens/sign-in.tsx';

/** The whole workspace app. */
export function App() {
  const [language, setLanguage] = useState(initialLanguage);
  const i18n = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      language,
      t: translatorFor(language),
      setLanguage(next) {
        rememberLanguage(next);
        setLanguage(next);
      },
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
    };
  }, [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nContext.Provider value={i18n}>
      <SessionProvider>
        <Screens />
      </SessionProvider>
    </I18nContext.Provider>
  );
}

function Screens() {
  const path = usePath();
  const { user, isLoading } = useSession();
  if (matchPath('/set-password', path)) return <Framed screen={<SetPasswordScreen />} />;
  if (isLoading) return <Framed screen={<Loading />} />;
  if (!user) return <Framed screen={<SignInScreen />} />;
  if (path === '/') return <Framed screen={<RegionChooser />} />;
  if (path === '/account') return <Framed screen={<AccountScreen />} />;
  if (path === '/notifications') return <Framed screen={<NotificationsScreen />} />;
  const region = path.match(/^\/r\/([^/]+)(\/.*)?$/);
  if (region?.[1]) return <RegionShell region={decodeURIComponent(region[1])} rest={region[2] ?? '/'} />;
  return <Framed screen={<NotFoundScreen />} />;
}

function Framed({ screen }: { screen: React.ReactNode }) {
  return (
    <>
      <TopBar />
      <main id="main" className="screen">
        {screen}
      </main>
    </>
  );
}
