// "Links prüfen" (editors, managers): the broken and moved links of the region's published content with
// the pages using them, a check on request with its progress, and replacing an address everywhere.
import { useId, useRef, useState } from 'react';
import { segment } from '../api/client.ts';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { canPublish } from '../lib/permissions.ts';
import { useSession } from '../lib/session.tsx';
import { useFocusAfterRender } from '../lib/use-focus-after-render.ts';
import { useTitle } from '../lib/use-title.ts';
import { ReplaceForm } from './replace-form.tsx';
import type { CheckedLink, LinkCheckStatus } from './types.ts';
import { useLinkCheck } from './use-link-check.ts';
import './link-check.css';

/** The link checker of a region. */
export function LinkCheckScreen({ region }: { region: string }) {
  const { t } = useI18n();
  useTitle(t('links.title'));
  const canChange = canPublish(useSession().accessIn(region));
  const { report, check, start, progressError } = useLinkCheck(region);
  const [replacing, setReplacing] = useState<{ from: string; to: string } | null>(null);
  const [replacedCount, setReplacedCount] = useState<number>();
  // Focus goes back where the form was opened from (a row's button, or "replace an address").
  const opener = useRef<HTMLElement | null>(null);
  const anyButton = useRef<HTMLButtonElement>(null);
  const replacedNotice = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  if (!report.data || !check) return report.error ? <RegionErrorNotice error={report.error} /> : <Loading />;
  const replaced = (versionsCreated: number) => {
    setReplacing(null);
    setReplacedCount(versionsCreated);
    focusAfterRender(() => replacedNotice.current);
    void report.reload();
  };
  const cancel = () => {
    setReplacing(null);
    focusAfterRender(() => (opener.current?.isConnected ? opener.current : anyButton.current));
  };
  const edit = (from: string, to: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setReplacedCount(undefined);
    setReplacing({ from, to });
  };
  return (
    <section>
      <div className="screen-heading">
        <h1>{t('links.title')}</h1>
        {canChange && (
          <button
            type="button"
            disabled={check.isRunning || start.isBusy}
            onClick={() => void start.submit()}
          >
            {t('links.checkNow')}
          </button>
        )}
      </div>
      <p className="hint">{t('links.intro')}</p>
      <CheckState check={check} />
      <ErrorNotice error={start.error ?? progressError} />
      {replacedCount !== undefined && (
        <Notice kind="success" ref={replacedNotice}>
          {t('links.replace.done', { count: replacedCount })}
        </Notice>
      )}
      {replacing ? (
        <ReplaceForm
          key={replacing.from}
          region={region}
          {...replacing}
          onReplaced={replaced}
          onCancel={cancel}
        />
      ) : (
        canChange && (
          <button ref={anyButton} type="button" onClick={() => edit('', '')}>
            {t('links.replace.any')}
          </button>
        )
      )}
      {report.data.links.length === 0 ? (
        // Nothing broken is news only once a check has looked.
        !check.isRunning && check.lastCheckedAt && <Notice kind="success">{t('links.empty')}</Notice>
      ) : (
        <LinkTable
          region={region}
          links={report.data.links}
          onReplace={
            canChange
              ? (link) => edit(link.url, link.status === 'moved' ? (link.movedTo ?? '') : '')
              : undefined
          }
        />
      )}
    </section>
  );
}

/**
 * Where the check stands. Only its start and its end are announced; the progress beside them changes every
 * two seconds and would talk over everything else.
 */
function CheckState({ check }: { check: LinkCheckStatus }) {
  const { t, formatDateTime } = useI18n();
  const statusId = useId();
  return (
    <>
      <p role="status" id={statusId}>
        {check.isRunning
          ? t('links.running')
          : check.lastCheckedAt
            ? t('links.lastChecked', { date: formatDateTime(check.lastCheckedAt), total: check.total })
            : t(check.requestedAt ? 'links.noLinks' : 'links.neverChecked')}
      </p>
      {check.isRunning &&
        (check.total === 0 ? (
          <p>{t('links.gathering')}</p>
        ) : (
          <p className="link-check-progress">
            <progress aria-labelledby={statusId} max={check.total} value={check.checked} />{' '}
            {t('links.progress', { checked: check.checked, total: check.total })}
          </p>
        ))}
    </>
  );
}

function LinkTable(props: {
  region: string;
  links: CheckedLink[];
  onReplace?: ((link: CheckedLink) => void) | undefined;
}) {
  const { t, language: uiLanguage, formatDateTime } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="visually-hidden">
          {t('links.tableCaption', { count: props.links.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('links.address')}</th>
            <th scope="col">{t('links.problem')}</th>
            <th scope="col">{t('links.checkedAt')}</th>
            <th scope="col">{t('links.usedOn')}</th>
            {props.onReplace && <th scope="col">{t('links.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.links.map((link) => (
            <tr key={link.url}>
              <th scope="row" className="link-url">
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.url}
                </a>
              </th>
              <td>
                <ProblemText link={link} />
              </td>
              <td>{link.checkedAt ? formatDateTime(link.checkedAt) : '–'}</td>
              <td>
                <ul className="plain-list">
                  {link.uses.map((use) => (
                    <li key={`${use.itemId}:${use.language}`}>
                      <Link
                        to={`/r/${segment(props.region)}/pages/${use.itemId}/${segment(use.language)}`}
                        lang={use.language}
                        dir="auto"
                      >
                        {use.title}
                      </Link>{' '}
                      ({languageName(use.language, uiLanguage)})
                    </li>
                  ))}
                </ul>
              </td>
              {props.onReplace && (
                <td>
                  <button type="button" onClick={() => props.onReplace?.(link)}>
                    {t('links.replace.button')}
                    <span className="visually-hidden">: {link.url}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProblemText({ link }: { link: CheckedLink }) {
  const { t } = useI18n();
  if (link.status === 'moved') {
    return <span className="link-url">{t('links.moved', { target: link.movedTo ?? '' })}</span>;
  }
  return <>{t(`links.problem.${link.problem ?? 'network'}`, { status: link.httpStatus ?? '' })}</>;
}
