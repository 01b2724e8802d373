import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { AppError, invalidInput, type Issue } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import {
  deleteGlossaryTerm,
  findGlossaryTerm,
  findGlossaryTermByText,
  insertGlossaryTerm,
  listGlossaryTerms,
  updateGlossaryTerm,
  type GlossaryTermRow,
} from './repo.ts';
import type { GlossaryTerm } from '../machine-translation/providers/provider.ts';
import type { GlossaryTermChange, GlossaryTermInput } from './schema.ts';

/** Adds a term to the region's glossary. */
export async function addGlossaryTerm(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: GlossaryTermInput,
): Promise<GlossaryTermRow> {
  const values = checkedValues(where, input);
  await refuseDuplicate(ctx, where, values.term);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertGlossaryTerm(trx, where.region.id, values);
    await audit(trx, auth, where, 'glossary.term-added', row);
    return row;
  });
}

/** Changes a term, unless someone changed it since it was read (409, nothing is lost). */
export async function changeGlossaryTerm(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  termId: number,
  input: GlossaryTermChange,
): Promise<GlossaryTermRow> {
  const values = checkedValues(where, input);
  const expectedUpdatedAt = new Date(input.expectedUpdatedAt);
  if (Number.isNaN(expectedUpdatedAt.getTime())) {
    throw invalidInput([{ field: 'expectedUpdatedAt', message: 'must be a time as the API gave it' }]);
  }
  const current = await findGlossaryTerm(ctx.db, where.region.id, termId);
  if (!current) throw new AppError('not_found', 'There is no such term in this region’s glossary.');
  if (current.term.toLowerCase() !== values.term.toLowerCase()) {
    await refuseDuplicate(ctx, where, values.term);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateGlossaryTerm(
      trx,
      { regionId: where.region.id, termId, expectedUpdatedAt },
      values,
    );
    if (!row) {
      throw new AppError('conflict', 'Someone changed this term in the meantime. Look at it again.');
    }
    await audit(trx, auth, where, 'glossary.term-changed', row);
    return row;
  });
}

/** Removes a term from the glossary. */
export async function removeGlossaryTerm(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  termId: number,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await deleteGlossaryTerm(trx, where.region.id, termId);
    if (!row) throw new AppError('not_found', 'There is no such term in this region’s glossary.');
    await audit(trx, auth, where, 'glossary.term-removed', row);
  });
}

/** The region's glossary as machine translation into `targetLanguage` uses it. */
export async function glossaryForLanguage(
  ctx: Pick<AppContext, 'db'>,
  regionId: number,
  targetLanguage: string,
): Promise<GlossaryTerm[]> {
  const entries: GlossaryTerm[] = [];
  for (const row of await listGlossaryTerms(ctx.db, regionId)) {
    const translation = row.translations[targetLanguage];
    if (row.is_do_not_translate) entries.push({ term: row.term, translation: null });
    else if (translation) entries.push({ term: row.term, translation });
  }
  return entries;
}

function checkedValues(where: WorkspaceRegion, input: GlossaryTermInput) {
  const issues: Issue[] = [];
  const translations: Record<string, string> = {};
  for (const [language, text] of Object.entries(input.translations)) {
    if (!where.languages.some((entry) => entry.tag === language)) {
      issues.push({ field: `translations.${language}`, message: 'is not a language of this region' });
    } else if (text) translations[language] = text;
  }
  if (issues.length > 0) throw invalidInput(issues);
  return { term: input.term, isDoNotTranslate: input.isDoNotTranslate, translations, note: input.note };
}

async function refuseDuplicate(ctx: AppContext, where: WorkspaceRegion, term: string): Promise<void> {
  if (await findGlossaryTermByText(ctx.db, where.region.id, term)) {
    throw new AppError('conflict', `The glossary has "${term}" already; change that entry instead.`);
  }
}

function audit(
  db: AppContext['db'],
  auth: Auth,
  where: WorkspaceRegion,
  action: string,
  row: GlossaryTermRow,
): Promise<void> {
  return insertAuditEntry(db, {
    action,
    regionId: where.region.id,
    userId: auth.user.id,
    details: { termId: row.id, term: row.term },
  });
}
