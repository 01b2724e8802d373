import { useMemo, useState, type FormEvent } from 'react';
import { Field } from '../components/field.tsx';
import { Modal } from '../components/modal.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { isAllowedHref } from './extensions.ts';

/** A page that a link can point to, with where it sits in the tree. */
export interface LinkTarget {
  id: number;
  title: string;
  trail: string;
}

const internalPrefix = 'lotse:page/';

/**
 * Setting a link: a web address, e-mail or phone, or another page of the region. A link to a page is stored
 * as `lotse:page/<id>`, so it keeps working when that page is renamed or moved.
 */
export function LinkDialog(props: {
  currentHref: string;
  hasSelection: boolean;
  targets: LinkTarget[];
  onApply(href: string, text: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const isInternal = props.currentHref.startsWith(internalPrefix);
  const [kind, setKind] = useState<'page' | 'web'>(isInternal ? 'page' : 'web');
  const [href, setHref] = useState(isInternal ? '' : props.currentHref);
  const [pageId, setPageId] = useState(isInternal ? props.currentHref.slice(internalPrefix.length) : '');
  const [query, setQuery] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const matching = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return props.targets
      .filter((target) => !needle || target.title.toLowerCase().includes(needle))
      .slice(0, 200);
  }, [props.targets, query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = kind === 'page' ? (pageId ? `${internalPrefix}${pageId}` : '') : withScheme(href.trim());
    if (!target || !isAllowedHref(target)) {
      setProblem(t(kind === 'page' ? 'link.choosePage' : 'link.invalid'));
      return;
    }
    if (!props.hasSelection && !props.currentHref && !text.trim()) {
      setProblem(t('link.needsText'));
      return;
    }
    props.onApply(target, props.hasSelection || props.currentHref ? '' : text.trim());
  };

  return (
    <Modal title={t('link.title')} onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <fieldset className="choice">
          <legend>{t('link.kind')}</legend>
          <label className="checkbox">
            <input type="radio" name="kind" checked={kind === 'page'} onChange={() => setKind('page')} />
            {t('link.kindPage')}
          </label>
          <label className="checkbox">
            <input type="radio" name="kind" checked={kind === 'web'} onChange={() => setKind('web')} />
            {t('link.kindWeb')}
          </label>
        </fieldset>
        {kind === 'web' ? (
          <Field
            label={t('link.address')}
            hint={t('link.addressHint')}
            value={href}
            autoFocus
            onChange={(event) => setHref(event.target.value)}
          />
        ) : (
          <>
            <Field
              label={t('link.search')}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <label className="label" htmlFor="link-page">
              {t('link.page')}
            </label>
            <select
              id="link-page"
              size={8}
              className="page-picker"
              value={pageId}
              onChange={(event) => setPageId(event.target.value)}
            >
              {matching.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.trail ? `${target.trail} › ${target.title}` : target.title}
                </option>
              ))}
            </select>
          </>
        )}
        {!props.hasSelection && !props.currentHref && (
          <Field label={t('link.text')} value={text} onChange={(event) => setText(event.target.value)} />
        )}
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button-primary">
            {t('link.apply')}
          </button>
          {props.currentHref && (
            <button type="button" className="button-danger" onClick={() => props.onApply('', '')}>
              {t('link.remove')}
            </button>
          )}
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function withScheme(address: string): string {
  if (!address || /^[a-z][a-z0-9+.-]*:/i.test(address)) return address;
  if (address.includes('@') && !address.includes('/')) return `mailto:${address}`;
  return `https://${address}`;
}
