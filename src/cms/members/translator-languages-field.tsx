import type { PageTree } from '../api/types.ts';
import { segment } from '../api/client.ts';
import { ErrorNotice, Loading } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useApi } from '../lib/use-api.ts';
import { findLanguage } from '../../shared/languages.ts';

/**
 * The languages a translator translates into, as checkboxes: every language of the region but its default
 * one. Used when inviting a translator and when making someone one.
 */
export function TranslatorLanguagesField(props: {
  region: string;
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  /** What is wrong with the choice, shown above the boxes. */
  problem?: string | undefined;
}) {
  const { t, language: interfaceLanguage } = useI18n();
  const tree = useApi<PageTree>(`/regions/${segment(props.region)}/pages`);
  const targetLanguages = translationLanguages(tree.data);
  return (
    <fieldset className="checkbox-list">
      <legend>{t('members.invite.languages')}</legend>
      <p className="hint">{t('members.invite.languagesHint')}</p>
      {props.problem && (
        <p className="field-error" role="alert">
          {props.problem}
        </p>
      )}
      {tree.isLoading && !tree.data ? (
        <Loading />
      ) : tree.error ? (
        <ErrorNotice error={tree.error} />
      ) : targetLanguages.length === 0 ? (
        <p>{t('members.invite.noLanguages')}</p>
      ) : (
        targetLanguages.map((tag) => (
          <label key={tag} className="checkbox">
            <input
              type="checkbox"
              checked={props.chosen.includes(tag)}
              onChange={(event) =>
                props.onChange(
                  event.target.checked
                    ? [...props.chosen, tag]
                    : props.chosen.filter((other) => other !== tag),
                )
              }
            />{' '}
            <LanguageLabel tag={tag} name={languageName(tag, interfaceLanguage)} />
          </label>
        ))
      )}
    </fieldset>
  );
}

/** A language's name in the interface language, and in itself where that differs. */
function LanguageLabel({ tag, name }: { tag: string; name: string }) {
  const known = findLanguage(tag);
  if (!known) return <>{name === tag ? tag : `${name} (${tag})`}</>;
  if (known.nativeName === name) return <>{name}</>;
  return (
    <>
      {name}{' '}
      <span className="muted">
        (
        <span lang={tag} dir={known.direction}>
          {known.nativeName}
        </span>
        )
      </span>
    </>
  );
}

/** The region's languages a translator can work in: every enabled one but the default language. */
function translationLanguages(tree: PageTree | undefined): string[] {
  if (!tree) return [];
  return Object.keys(tree.languageSources).filter((tag) => tag !== tree.defaultLanguage);
}
