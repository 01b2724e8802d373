// The people of a region: who holds which role, changing or ending it, and inviting someone new (region
// managers).
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client.ts';
import { api, segment } from '../api/client.ts';
import type { Member, RegionAccess } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Loading, Notice, RegionErrorNotice, isRefused } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';
import { useFocusAfterRender } from '../lib/use-focus-after-render.ts';
import { useTitle } from '../lib/use-title.ts';
import { languageName } from '../lib/language-name.ts';
import { MemberActions } from '../members/member-actions.tsx';
import { REGION_ROLES, type RegionRole } from '../members/region-roles.ts';
import { TranslatorLanguagesField } from '../members/translator-languages-field.tsx';
import { LIMITS } from '../../shared/limits.ts';

/** The region's members with their roles, and the form to invite more. */
export function MembersScreen({ region, access }: { region: string; access: RegionAccess }) {
  const { t } = useI18n();
  const mayManage = access.actions.includes('region.manage-users');
  const members = useApi<{ members: Member[] }>(mayManage ? `/regions/${segment(region)}/users` : null);
  // What a change of a role did; it takes focus, since the row (or the whole table) may have gone.
  const [done, setDone] = useState('');
  const doneNotice = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  useTitle(t('members.title', { region: access.regionName }));
  const list = members.data?.members ?? [];
  const changed = (message: string) => {
    setDone(message);
    focusAfterRender(() => doneNotice.current);
    void members.reload();
  };
  return (
    <section>
      <h1>{t('members.title', { region: access.regionName })}</h1>
      {done && (
        <Notice kind="success" ref={doneNotice}>
          {done}
        </Notice>
      )}
      {!mayManage ? (
        <Notice kind="info">{t('members.notAllowed')}</Notice>
      ) : (
        <>
          {members.isLoading && !members.data ? (
            <Loading />
          ) : members.error ? (
            <RegionErrorNotice error={members.error} />
          ) : list.length === 0 ? (
            <p className="empty">{t('members.empty')}</p>
          ) : (
            <MemberTable region={region} members={list} onChanged={changed} />
          )}
          {!(members.error && isRefused(members.error)) && (
            <InviteForm region={region} onInvited={() => void members.reload()} />
          )}
        </>
      )}
    </section>
  );
}

function MemberTable(props: { region: string; members: Member[]; onChanged(done: string): void }) {
  const { members } = props;
  const { t, language: interfaceLanguage } = useI18n();
  return (
    <div
      className="table-scroll"
      role="region"
      tabIndex={0}
      aria-label={t('members.tableCaption', { count: members.length })}
    >
      <table className="data">
        <caption className="visually-hidden">{t('members.tableCaption', { count: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.email')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.status')}</th>
            <th scope="col">{t('members.twoFactor')}</th>
            <th scope="col">{t('members.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.displayName || t('members.noName')}</th>
              <td>{member.email}</td>
              <td>
                {t(`roles.${member.role}`)}
                {member.translatorLanguages.length > 0 &&
                  `: ${member.translatorLanguages.map((tag) => languageName(tag, interfaceLanguage)).join(', ')}`}
              </td>
              <td>{member.hasPassword ? t('members.active') : t('members.invited')}</td>
              <td>{member.isTotpEnabled ? t('members.twoFactorOn') : t('members.twoFactorOff')}</td>
              <td>
                <MemberActions region={props.region} member={member} onChanged={props.onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function InviteForm({ region, onInvited }: { region: string; onInvited(): void }) {
  const { t } = useI18n();
  const roleId = useId();
  const headingId = useId();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<RegionRole>('author');
  const [languages, setLanguages] = useState<string[]>([]);
  const [hasNoLanguage, setHasNoLanguage] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [success, setSuccess] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A translator without a language could not translate anything.
    setHasNoLanguage(role === 'translator' && languages.length === 0);
    if (role === 'translator' && languages.length === 0) return;
    setIsBusy(true);
    setSuccess('');
    try {
      const body = { email, displayName, role, translatorLanguages: role === 'translator' ? languages : [] };
      const { isNewAccount } = await api<{ id: number; isNewAccount: boolean }>(
        'POST',
        `/regions/${segment(region)}/users`,
        body,
      );
      const roleName = t(`roles.${role}`);
      setSuccess(t(isNewAccount ? 'members.invite.sent' : 'members.invite.added', { email, role: roleName }));
      setError(undefined);
      setEmail('');
      setDisplayName('');
      setLanguages([]);
      onInvited();
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setIsBusy(false);
    }
  };

  const problem = (field: keyof typeof FIELDS) =>
    hasProblem(error, field) ? t(FIELDS[field].problem) : undefined;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('members.invite.title')}</h2>
      {success && <Notice kind="success">{success}</Notice>}
      {error?.code === 'conflict' ? (
        <Notice kind="error">{t('members.invite.conflict', { email })}</Notice>
      ) : error?.code === 'invalid_input' && error.issues.length > 0 ? (
        <Notice kind="error">
          <p>{t('members.invite.problems', { count: error.issues.length })}</p>
          <ul>
            {error.issues.map((issue) => {
              const known = Object.entries(FIELDS).find(([field]) => matches(issue.field, field))?.[1];
              return (
                <li key={`${issue.field}:${issue.message}`}>
                  {known ? `${t(known.label)}: ${t(known.problem)}` : `${issue.field}: ${issue.message}`}
                </li>
              );
            })}
          </ul>
        </Notice>
      ) : (
        <RegionErrorNotice error={error} />
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('members.invite.email')}
          type="email"
          autoComplete="off"
          required
          maxLength={LIMITS.emailLength}
          error={problem('email')}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          label={t('members.invite.displayName')}
          hint={t('members.invite.displayNameHint')}
          autoComplete="off"
          error={problem('displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <div className="field">
          <label htmlFor={roleId}>{t('members.invite.role')}</label>
          <p className="hint" id={`${roleId}-hint`}>
            {t(`members.roleHint.${role}`)}
          </p>
          <select
            id={roleId}
            aria-describedby={`${roleId}-hint`}
            value={role}
            onChange={(event) => setRole(event.target.value as RegionRole)}
          >
            {REGION_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {role === 'translator' && (
          <TranslatorLanguagesField
            region={region}
            chosen={languages}
            onChange={(chosen) => {
              setLanguages(chosen);
              setHasNoLanguage(false);
            }}
            problem={
              hasNoLanguage
                ? t('members.languagesRequired')
                : hasProblem(error, 'translatorLanguages')
                  ? t('members.invite.languagesProblem')
                  : undefined
            }
          />
        )}
        <button type="submit" className="button-primary" disabled={isBusy}>
          {t('members.invite.submit')}
        </button>
      </form>
    </section>
  );
}

/** The invitation's fields: their label and what to say when the server finds a problem with one. */
const FIELDS = {
  email: { label: 'members.invite.email', problem: 'members.invite.emailProblem' },
  displayName: { label: 'members.invite.displayName', problem: 'members.invite.displayNameProblem' },
  role: { label: 'members.invite.role', problem: 'members.invite.roleProblem' },
  translatorLanguages: { label: 'members.invite.languages', problem: 'members.invite.languagesProblem' },
};

/** Whether an issue's field ("body.email", "translatorLanguages", "body.translatorLanguages.0") is this one. */
function matches(issueField: string, field: string): boolean {
  const path = issueField.startsWith('body.') ? issueField.slice('body.'.length) : issueField;
  return path === field || path.startsWith(`${field}.`);
}

/** Whether a 400 answer names a problem with a field of the request body. */
function hasProblem(error: ApiError | undefined, field: string): boolean {
  return error?.issues.some((issue) => matches(issue.field, field)) ?? false;
}
