import { useId, useState } from 'react';
import { api, segment } from '../api/client.ts';
import type { Member, Role } from '../api/types.ts';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSubmit } from '../lib/use-submit.ts';

type RegionRole = Exclude<Role, 'platform-admin'>;
const REGION_ROLES: RegionRole[] = ['region-manager', 'editor', 'author', 'translator', 'observer'];

/**
 * Changes a member's role or ends it. A translator keeps their languages when only their role stays; the
 * server keeps the last region manager and flags the region when its responsible official leaves.
 */
export function MemberActions(props: { region: string; member: Member; onChanged(): void }) {
  const { t } = useI18n();
  const { member } = props;
  const selectId = useId();
  const [role, setRole] = useState<RegionRole>(member.role === 'platform-admin' ? 'observer' : member.role);
  const path = `/regions/${segment(props.region)}/users/${member.id}`;
  const change = useSubmit(
    () =>
      api('PATCH', path, {
        role,
        translatorLanguages: role === 'translator' ? member.translatorLanguages : [],
      }),
    props.onChanged,
  );
  const remove = useSubmit(() => api('DELETE', path), props.onChanged);
  const name = member.displayName || member.email;
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
      <button
        type="button"
        disabled={change.isBusy || role === member.role}
        onClick={() => void change.submit()}
      >
        {t('members.changeRole')}
      </button>{' '}
      <button type="button" className="button-danger" disabled={remove.isBusy} onClick={confirmRemoval}>
        {t('members.remove')}
      </button>
      <ErrorNotice error={change.error ?? remove.error} />
    </div>
  );
}
