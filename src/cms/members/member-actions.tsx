import { useId, useState } from 'react';
import { api, segment } from '../api/client.ts';
import type { Member } from '../api/types.ts';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { personName } from '../lib/person-name.ts';
import { navigate } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { useSubmit } from '../lib/use-submit.ts';
import { REGION_ROLES, type RegionRole } from './region-roles.ts';
import { TranslatorLanguagesField } from './translator-languages-field.tsx';

/**
 * Changes a member's role (a translator's languages with it) or ends it. The server keeps the last region
 * manager and flags the region when its responsible official leaves. Someone who changes their own role
 * gets the session loaded again; someone who leaves the region goes back to their regions.
 */
export function MemberActions(props: {
  region: string;
  member: Member;
  /** After a change, with what to tell: the list is loaded again and the notice takes focus. */
  onChanged(done: string): void;
}) {
  const { t } = useI18n();
  const { user, refresh } = useSession();
  const { member } = props;
  const selectId = useId();
  const [role, setRole] = useState<RegionRole>(member.role === 'platform-admin' ? 'observer' : member.role);
  const [languages, setLanguages] = useState<string[]>(member.translatorLanguages);
  const [hasNoLanguage, setHasNoLanguage] = useState(false);
  const isSelf = user?.id === member.id;
  const name = personName(member);
  const path = `/regions/${segment(props.region)}/users/${member.id}`;
  const change = useSubmit(async () => {
    await api('PATCH', path, { role, translatorLanguages: role === 'translator' ? languages : [] });
    if (isSelf) await refresh();
    props.onChanged(t('members.roleChanged', { name, role: t(`roles.${role}`) }));
  });
  const remove = useSubmit(async () => {
    await api('DELETE', path);
    if (isSelf) {
      await refresh();
      // A platform admin still sees the region; anyone else has nothing more to do here.
      if (!user?.isPlatformAdmin) return navigate('/');
    }
    props.onChanged(t('members.removed', { name }));
  });
  const isUnchanged =
    role === member.role && (role !== 'translator' || sameLanguages(languages, member.translatorLanguages));
  const submitChange = () => {
    // A translator without a language could not translate anything.
    setHasNoLanguage(role === 'translator' && languages.length === 0);
    if (role !== 'translator' || languages.length > 0) void change.submit();
  };
  const confirmRemoval = () => {
    if (window.confirm(t('members.removeConfirm', { name }))) void remove.submit();
  };
  return (
    <div className="member-actions">
      <label className="visually-hidden" htmlFor={selectId}>
        {t('members.newRole', { name })}
      </label>
      <select id={selectId} value={role} onChange={(event) => setRole(event.target.value as RegionRole)}>
        {REGION_ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>{' '}
      {role === 'translator' && (
        <TranslatorLanguagesField
          region={props.region}
          chosen={languages}
          onChange={(chosen) => {
            setLanguages(chosen);
            setHasNoLanguage(false);
          }}
          problem={hasNoLanguage ? t('members.languagesRequired') : undefined}
        />
      )}
      <button type="button" disabled={change.isBusy || isUnchanged} onClick={submitChange}>
        {t('members.changeRole')}
      </button>{' '}
      <button type="button" className="button-danger" disabled={remove.isBusy} onClick={confirmRemoval}>
        {t('members.remove')}
      </button>
      <ErrorNotice error={change.error ?? remove.error} />
    </div>
  );
}

function sameLanguages(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag) => b.includes(tag));
}
