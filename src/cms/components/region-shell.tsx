import { lazy, Suspense } from 'react';
import type { Action } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { matchPath, usePath } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { AuditLogScreen } from '../screens/audit-log.tsx';
import { MembersScreen } from '../screens/members.tsx';
import { NotFoundScreen } from '../screens/not-found.tsx';
import { PageTreeScreen } from '../screens/page-tree.tsx';
import { RegionSettingsScreen } from '../screens/region-settings.tsx';
import { ReviewQueueScreen } from '../screens/review-queue.tsx';
import { TranslationOverviewScreen } from '../screens/translation-overview.tsx';
import { TranslationTasksScreen } from '../screens/translation-tasks.tsx';
import { GlossaryScreen } from '../glossary/glossary-screen.tsx';
import { GoLiveScreen } from '../go-live/go-live-screen.tsx';
import { LinkCheckScreen } from '../link-check/link-check-screen.tsx';
import { QualityScreen } from '../quality/quality-screen.tsx';
import { FeedbackScreen } from '../feedback/feedback-screen.tsx';
import { Link } from './link.tsx';
import { Loading } from './notice.tsx';
import { TopBar } from './top-bar.tsx';

// The editor (TipTap and its extensions) loads only when a page is opened, so the tree opens quickly.
const PageEditorScreen = lazy(() =>
  import('../screens/page-editor.tsx').then((module) => ({ default: module.PageEditorScreen })),
);

const sections: { path: string; label: string; action: Action }[] = [
  { path: '/pages', label: 'region.pages', action: 'region.read' },
  { path: '/review', label: 'region.review', action: 'page.review' },
  { path: '/tasks', label: 'region.tasks', action: 'page.translate' },
  { path: '/translations', label: 'region.translations', action: 'region.read' },
  { path: '/glossary', label: 'region.glossary', action: 'region.read' },
  { path: '/freshness', label: 'region.freshness', action: 'region.read' },
  { path: '/links', label: 'region.links', action: 'page.publish' },
  { path: '/members', label: 'region.members', action: 'region.manage-users' },
  { path: '/feedback', label: 'region.feedback', action: 'feedback.manage' },
  { path: '/audit', label: 'region.audit', action: 'audit.read' },
  { path: '/go-live', label: 'region.goLive', action: 'region.manage-settings' },
  { path: '/settings', label: 'region.settings', action: 'region.manage-settings' },
];

/** A region's workspace: its sections as tabs, and the screen of the section in the address. */
export function RegionShell({ region, rest }: { region: string; rest: string }) {
  const { t } = useI18n();
  const { accessIn } = useSession();
  const access = accessIn(region);
  const path = usePath();
  const base = `/r/${encodeURIComponent(region)}`;
  const editor = matchPath('/pages/:pageId/:language', rest);
  // Translators start with their own tasks; everyone else with the page tree.
  const home = access?.role === 'translator' ? '/tasks' : '/pages';
  const shown = rest === '/' ? home : rest;
  const screen = !access ? (
    <NotFoundScreen message={t('region.noAccess', { region })} />
  ) : shown === '/pages' ? (
    <PageTreeScreen region={region} access={access} />
  ) : editor ? (
    <PageEditorScreen
      region={region}
      access={access}
      pageId={Number(editor.pageId)}
      language={editor.language ?? ''}
    />
  ) : shown === '/tasks' ? (
    <TranslationTasksScreen region={region} />
  ) : rest === '/review' ? (
    <ReviewQueueScreen region={region} />
  ) : rest === '/translations' ? (
    <TranslationOverviewScreen region={region} />
  ) : rest === '/glossary' ? (
    <GlossaryScreen region={region} />
  ) : rest === '/freshness' || rest === '/freshness/readability' ? (
    <QualityScreen
      region={region}
      access={access}
      part={rest === '/freshness' ? 'freshness' : 'readability'}
    />
  ) : rest === '/links' ? (
    <LinkCheckScreen region={region} />
  ) : rest === '/members' ? (
    <MembersScreen region={region} access={access} />
  ) : rest === '/feedback' ? (
    <FeedbackScreen region={region} />
  ) : rest === '/audit' ? (
    <AuditLogScreen region={region} />
  ) : rest === '/go-live' ? (
    <GoLiveScreen region={region} />
  ) : rest === '/settings' ? (
    <RegionSettingsScreen region={region} />
  ) : (
    <NotFoundScreen />
  );
  return (
    <>
      <TopBar />
      {access && (
        <nav className="region-nav" aria-label={t('region.sections', { region: access.regionName })}>
          <span className="region-name">{access.regionName}</span>
          <ul>
            {sections
              .filter((section) => access.actions.includes(section.action))
              .map((section) => {
                const isCurrent = path.startsWith(`${base}${section.path}`) || section.path === shown;
                return (
                  <li key={section.path}>
                    <Link to={`${base}${section.path}`} aria-current={isCurrent ? 'page' : undefined}>
                      {t(section.label)}
                    </Link>
                  </li>
                );
              })}
          </ul>
        </nav>
      )}
      <main id="main" className="screen">
        {/* Keyed by region: a screen never shows, even briefly, what it kept of the region before. */}
        <Suspense key={region} fallback={<Loading />}>
          {screen}
        </Suspense>
      </main>
    </>
  );
}
