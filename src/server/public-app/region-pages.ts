import QRCode from 'qrcode';
import { translatorFor } from '../../web/i18n.ts';
import type { AssetBundle } from '../../web/assets.ts';
import type { FeedbackState } from '../../web/view-models.ts';
import {
  renderContentPage as renderContentDocument,
  renderDashboard as renderDashboardDocument,
  renderNotTranslated as renderNotTranslatedDocument,
} from '../../web/render.tsx';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { getPublicLanguageContent, getPublicPage } from '../pages/service.ts';
import type { PublicRegion } from '../regions/service.ts';
import { regionLayout } from './layout.ts';
import { feedbackAction, pageHref, regionHomeHref } from '../../shared/public-urls.ts';

/** A rendered page and its HTTP status. */
export interface RenderedPage {
  status: number;
  html: string;
}

/** `/{region}/{lang}/`: the top-level pages as tiles. */
export async function renderDashboard(
  ctx: AppContext,
  assets: AssetBundle,
  publicRegion: PublicRegion,
  language: string,
): Promise<RenderedPage> {
  const content = await getPublicLanguageContent(ctx, publicRegion, language);
  const slug = publicRegion.region.slug;
  const tiles = content.pages
    .filter((page) => page.parentId === null)
    .map((page) => ({
      title: page.title,
      href: pageHref(slug, language, page.path),
      excerpt: page.excerpt,
      icon: page.icon,
    }));
  const visible = publicRegion.languages.filter((l) => l.is_visible).map((l) => l.tag);
  const layout = regionLayout(ctx, assets, publicRegion, language, {
    title: publicRegion.region.name,
    description: tiles.map((tile) => tile.title).join(' · '),
    path: regionHomeHref(slug, language),
    alternates: Object.fromEntries(visible.map((tag) => [tag, regionHomeHref(slug, tag)])),
  });
  const model = { regionName: publicRegion.region.name, regionSlug: slug, language, tiles };
  return { status: 200, html: renderDashboardDocument(layout, model) };
}

/**
 * `/{region}/{lang}/{path}`: a content page; where it exists only in other languages, a notice that lists
 * them. Throws not_found when there is no such page at all.
 */
export async function renderContentPage(
  ctx: AppContext,
  assets: AssetBundle,
  publicRegion: PublicRegion,
  options: { language: string; path: string; feedbackState: FeedbackState },
): Promise<RenderedPage> {
  const { language } = options;
  const slug = publicRegion.region.slug;
  try {
    const { page, content } = await getPublicPage(ctx, publicRegion, options);
    const href = pageHref(slug, language, page.path);
    const breadcrumb: { title: string; href: string }[] = [];
    for (let id = page.parentId; id !== null;) {
      const ancestor = content.byId.get(id);
      if (!ancestor) break;
      breadcrumb.unshift({ title: ancestor.title, href: pageHref(slug, language, ancestor.path) });
      id = ancestor.parentId;
    }
    const children = page.childIds.flatMap((id) => {
      const child = content.byId.get(id);
      return child
        ? [
            {
              title: child.title,
              href: pageHref(slug, language, child.path),
              excerpt: child.excerpt,
              icon: child.icon,
            },
          ]
        : [];
    });
    const url = `${ctx.config.publicUrl}${href}`;
    const layout = regionLayout(ctx, assets, publicRegion, language, {
      title: page.title,
      description: page.excerpt,
      path: href,
      alternates: Object.fromEntries(
        Object.entries(page.availableLanguages).map(([tag, path]) => [tag, pageHref(slug, tag, path)]),
      ),
      // A language without this page leads to the notice in that language, at this page's path.
      switchTo: (tag) => pageHref(slug, tag, page.availableLanguages[tag] ?? page.path),
      jsonLd: breadcrumbJsonLd(ctx.config.publicUrl, [...breadcrumb, { title: page.title, href }]),
    });
    const model = {
      title: page.title,
      html: page.html,
      lastUpdated: page.lastUpdated,
      breadcrumb,
      children,
      feedback: {
        action: feedbackAction(slug, language),
        target: { type: 'page' as const, id: page.id },
        state: options.feedbackState,
      },
      share: {
        url,
        qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      },
    };
    return { status: 200, html: renderContentDocument(layout, model) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_translated') {
      return renderNotTranslated(
        ctx,
        assets,
        publicRegion,
        language,
        error.details?.availableLanguages as Record<string, string>,
      );
    }
    throw error;
  }
}

function renderNotTranslated(
  ctx: AppContext,
  assets: AssetBundle,
  publicRegion: PublicRegion,
  language: string,
  availableLanguages: Record<string, string>,
): RenderedPage {
  const slug = publicRegion.region.slug;
  const { t } = translatorFor(language);
  const languageName = publicRegion.languages.find((l) => l.tag === language)?.native_name ?? language;
  const links = publicRegion.languages
    .filter((l) => l.is_visible && availableLanguages[l.tag] !== undefined)
    .map((l) => ({
      tag: l.tag,
      nativeName: l.native_name,
      href: pageHref(slug, l.tag, availableLanguages[l.tag]!),
      isCurrent: false,
    }));
  const anyPath = Object.values(availableLanguages)[0] ?? '';
  const layout = regionLayout(ctx, assets, publicRegion, language, {
    title: t('notice.notTranslated.title', { language: languageName }),
    description: t('notice.notTranslated.body'),
    path: pageHref(slug, language, anyPath),
    switchTo: (tag) => pageHref(slug, tag, availableLanguages[tag] ?? anyPath),
  });
  const model = { languageName, languages: links };
  return { status: 404, html: renderNotTranslatedDocument(layout, model) };
}

function breadcrumbJsonLd(publicUrl: string, trail: { title: string; href: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.title,
      item: `${publicUrl}${crumb.href}`,
    })),
  };
}
