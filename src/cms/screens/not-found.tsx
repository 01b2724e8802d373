import { Link } from '../components/link.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useTitle } from '../lib/use-title.ts';

/** An address the workspace does not know, or a region the user does not work in. */
export function NotFoundScreen({ message }: { message?: string }) {
  const { t } = useI18n();
  useTitle(t('notFound.title'));
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
