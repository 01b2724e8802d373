import type { LegalPurpose } from '../../db/schema.ts';
import type { AppContext } from '../context.ts';
import { findOfficial, listLegalPages } from '../go-live/repo.ts';
import { getPublicLanguageContent, loadRegionContent } from '../pages/service.ts';
import type { PublicRegion } from '../regions/service.ts';

/** Who answers for a region, publicly: the official's contact channel and the legal pages. */
export interface PublicContact {
  official:
    | { name: string; email: string; phone: string; officeHours: string; responseDays: number | null }
    | undefined;
  /** Each legal page in the reader's language where it is public there, else in the default language. */
  legalPages: { purpose: LegalPurpose; title: string; language: string; path: string }[];
}

const purposeOrder: LegalPurpose[] = ['imprint', 'privacy', 'accessibility'];

/** The contact page's content in a visible language of the region (404 for any other language). */
export async function loadPublicContact(
  ctx: AppContext,
  publicRegion: PublicRegion,
  language: string,
): Promise<PublicContact> {
  const { region } = publicRegion;
  const content = await getPublicLanguageContent(ctx, publicRegion, language);
  const [official, legal, regionContent] = await Promise.all([
    findOfficial(ctx.db, region.id),
    listLegalPages(ctx.db, region.id),
    loadRegionContent(ctx, publicRegion),
  ]);
  const inDefaultLanguage = regionContent.languages.get(region.default_language);
  const legalPages = purposeOrder.flatMap((purpose) => {
    const pageId = legal.find((row) => row.purpose === purpose)?.page_id;
    if (pageId === undefined) return [];
    const here = content.byId.get(pageId);
    if (here) return [{ purpose, title: here.title, language, path: here.path }];
    const fallback = inDefaultLanguage?.byId.get(pageId);
    if (!fallback) return [];
    return [{ purpose, title: fallback.title, language: region.default_language, path: fallback.path }];
  });
  const hasChannel = official && (official.email || official.phone);
  return {
    official: hasChannel
      ? {
          name: official.public_name,
          email: official.email,
          phone: official.phone,
          officeHours: official.office_hours,
          responseDays: official.response_days,
        }
      : undefined,
    legalPages,
  };
}
