import type { TranslationProgress } from '../../shared/translation-state.ts';
import { can } from '../auth/policy.ts';
import type { AppContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { taskState, type TaskState, type TranslationTasks } from './schema.ts';
import { loadTranslationOverview } from './service.ts';

const TASK_ORDER = taskState.options;

function isTask(state: TranslationProgress | undefined): state is TaskState {
  return state !== undefined && state !== 'up-to-date';
}

/**
 * The signed-in user's translation tasks: every page that is outdated, machine-translated and awaiting
 * review, in translation or missing in a language they translate (translators: their assigned languages;
 * editors and managers: every language but the default one). Derived like the overview, never stored.
 */
export async function loadTranslationTasks(
  ctx: AppContext,
  where: WorkspaceRegion,
  filter: { language?: string | undefined },
): Promise<TranslationTasks> {
  const defaultLanguage = where.region.default_language;
  const mine = where.languages
    .map((language) => language.tag)
    .filter((tag) => can(where.actor, 'page.translate', { language: tag, defaultLanguage }))
    .filter((tag) => tag !== defaultLanguage);
  if (filter.language && !mine.includes(filter.language)) {
    throw invalidInput([
      {
        field: 'query.language',
        message: `"${filter.language}" is not one of the languages you translate here`,
      },
    ]);
  }
  const languages = filter.language ? [filter.language] : mine;
  const { pages, progress, newest } = await loadTranslationOverview(ctx, where, {});
  const sourceOf = new Map(where.languages.map((language) => [language.tag, language.source_language_tag]));

  const tasks = languages.flatMap((language) =>
    pages.flatMap((page) => {
      const state = progress.get(page.id)?.get(language);
      if (!isTask(state)) return [];
      const sourceLanguage = sourceOf.get(language) ?? defaultLanguage;
      return [
        {
          pageId: page.id,
          language,
          state,
          sourceLanguage,
          sourceTitle: newest.get(`${page.id}:${sourceLanguage}`)?.title ?? null,
          title: newest.get(`${page.id}:${language}`)?.title ?? null,
        },
      ];
    }),
  );
  tasks.sort((a, b) => TASK_ORDER.indexOf(a.state) - TASK_ORDER.indexOf(b.state));
  return {
    region: where.region.slug,
    languages: mine.map((tag) => {
      const counts = Object.fromEntries(TASK_ORDER.map((state) => [state, 0])) as Record<TaskState, number>;
      for (const page of pages) {
        const state = progress.get(page.id)?.get(tag);
        if (isTask(state)) counts[state]++;
      }
      return { tag, counts };
    }),
    tasks,
  };
}
