import type { ReactNode } from 'react';
import { segment } from '../api/client.ts';
import type { Member, PageTree } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { useI18n, type Translate } from '../i18n/i18n.ts';
import { titleOf } from '../lib/page-tree.ts';
import { personName } from '../lib/person-name.ts';

/** One entry of the audit log as the API answers it. */
export interface AuditEntry {
  id: number;
  action: string;
  userId: number | null;
  userEmail: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

interface DescribeContext {
  region: string;
  members: Member[] | undefined;
  tree: PageTree | undefined;
  t: Translate;
}

/** Actions whose sentence needs nothing but the page they are about. */
const PAGE_ACTIONS = new Set([
  'page.published',
  'page.sent-back',
  'page.version-restored',
  'page.archived',
  'page.unarchived',
  'page.confirmed-current',
  'page.schedule-cancelled',
  'page.scheduled-publish-skipped',
  'translation.confirmed',
  'translation.machine-translated',
]);

/** Account events, told the same way in every region. */
const ACCOUNT_ACTIONS = new Set([
  'sign-in',
  'sign-in.failed',
  'sign-out',
  'sign-out-everywhere',
  'two-factor.enabled',
  'password-reset.requested',
  'user.totp-reset',
]);

/** An entry as a sentence: what was done, and to what (a link to the page where there is one). */
export function describeEntry(entry: AuditEntry, context: DescribeContext): ReactNode {
  const { details } = entry;
  const { t } = context;
  const text = (key: string) => String(details[key] ?? '');
  const member = (key: string) => memberName(details[key], context);
  if (PAGE_ACTIONS.has(entry.action)) {
    const pageId = typeof details.pageId === 'number' ? details.pageId : undefined;
    return (
      <>
        {t(`audit.action.${entry.action}`)}
        {pageId !== undefined && (
          <>
            {': '}
            <PageLink region={context.region} pageId={pageId} tree={context.tree} />
          </>
        )}
      </>
    );
  }
  if (ACCOUNT_ACTIONS.has(entry.action)) return t(`audit.action.account.${entry.action}`);
  const role = (key: string) => (details[key] ? t(`roles.${text(key)}`) : '–');
  const status = (key: string) => t(`regions.status.${text(key)}`);
  const sentences: Record<string, () => ReactNode> = {
    'role.granted': () => t('audit.action.role.granted', { member: member('memberId'), role: role('role') }),
    'role.changed': () =>
      t('audit.action.role.changed', { member: member('memberId'), from: role('from'), to: role('to') }),
    'role.revoked': () => t('audit.action.role.revoked', { member: member('memberId'), role: role('role') }),
    'region.settings-changed': () =>
      details.requiresManagerTotp === undefined
        ? t('audit.action.region.settings-changed')
        : t(
            details.requiresManagerTotp === true
              ? 'audit.action.totpRequired'
              : 'audit.action.totpNotRequired',
          ),
    'region.created': () => t('audit.action.region.created', { name: text('name') }),
    'region.status-changed': () =>
      t('audit.action.region.status-changed', { from: status('from'), to: status('to') }),
    'region.went-live-overridden': () =>
      t('audit.action.region.went-live-overridden', { reason: text('reason') }),
    'region.official-named': () => t('audit.action.region.official-named', { name: text('publicName') }),
    'region.legal-pages-chosen': () => t('audit.action.region.legal-pages-chosen'),
    'region.official-missing': () =>
      t('audit.action.region.official-missing', { days: Number(details.graceDays ?? 14) }),
    'region.official-restored': () => t('audit.action.region.official-restored'),
    'media.uploaded': () => t('audit.action.media.uploaded', { fileName: text('fileName') }),
    'feedback.status-changed': () =>
      t('audit.action.feedback.status-changed', {
        id: text('feedbackId'),
        to: t(`feedback.status.${text('to')}`),
      }),
    'feedback.assigned': () =>
      details.to === null
        ? t('audit.action.feedback.unassigned', { id: text('feedbackId') })
        : t('audit.action.feedback.assigned', { id: text('feedbackId'), member: member('to') }),
    'feedback.replied': () => t('audit.action.feedback.replied', { id: text('feedbackId') }),
    'feedback.translated': () => t('audit.action.feedback.translated', { id: text('feedbackId') }),
    'feedback.erased': () =>
      t('audit.action.feedback.erased', {
        count: Number(details.count ?? 0),
        days: Number(details.retentionDays ?? 0),
      }),
    'feedback.retention-changed': () =>
      t('audit.action.feedback.retention-changed', { days: Number(details.to ?? 0) }),
    'links.replaced': () => t('audit.action.links.replaced', { from: text('from'), to: text('to') }),
  };
  return sentences[entry.action]?.() ?? t('audit.action.other', { action: entry.action });
}

function memberName(id: unknown, context: DescribeContext): string {
  const member = context.members?.find((candidate) => candidate.id === id);
  return member ? personName(member) : context.t('audit.formerUser', { id: String(id) });
}

function PageLink({ region, pageId, tree }: { region: string; pageId: number; tree: PageTree | undefined }) {
  const { t } = useI18n();
  const page = tree?.pages.find((candidate) => candidate.id === pageId);
  const fallback = t('audit.page', { id: pageId });
  if (!tree || !page) return <>{fallback}</>;
  const title = titleOf(page, tree.defaultLanguage, tree.defaultLanguage) ?? fallback;
  return <Link to={`/r/${segment(region)}/pages/${pageId}/${segment(tree.defaultLanguage)}`}>{title}</Link>;
}
