import { contactHref, feedbackAction, pageHref } from '../../shared/public-urls.ts';
import type { FeedbackState } from '../../web/view-models.ts';
import type { AssetBundle } from '../../web/assets.ts';
import { translatorFor } from '../../web/i18n.ts';
import { renderContact } from '../../web/render.tsx';
import { loadPublicContact } from '../contact/service.ts';
import type { AppContext } from '../context.ts';
import type { PublicRegion } from '../regions/service.ts';
import { regionLayout } from './layout.ts';
import type { RenderedPage } from './region-pages.ts';

/** `/{region}/{lang}/contact`: who is responsible, how to reach them, how soon they answer; legal pages. */
export async function renderContactPage(
  ctx: AppContext,
  assets: AssetBundle,
  publicRegion: PublicRegion,
  options: { language: string; feedbackState: FeedbackState },
): Promise<RenderedPage> {
  const { language } = options;
  const { t } = translatorFor(language);
  const { region, languages } = publicRegion;
  const contact = await loadPublicContact(ctx, publicRegion, language);
  const nativeNameOf = (tag: string) => languages.find((l) => l.tag === tag)?.native_name ?? tag;
  const model = {
    regionName: region.name,
    official: contact.official,
    officialLanguage: region.default_language,
    feedback: {
      action: feedbackAction(region.slug, language),
      target: { type: 'region' as const },
      state: options.feedbackState,
    },
    legalPages: contact.legalPages.map((page) => ({
      purpose: page.purpose,
      title: page.title,
      href: pageHref(region.slug, page.language, page.path),
      inLanguage:
        page.language === language
          ? undefined
          : { tag: page.language, nativeName: nativeNameOf(page.language) },
    })),
  };
  const layout = regionLayout(ctx, assets, publicRegion, language, {
    title: t('contact.title'),
    description: t('contact.responsible', { region: region.name }),
    path: contactHref(region.slug, language),
    switchTo: (tag) => contactHref(region.slug, tag),
  });
  return { status: 200, html: renderContact(layout, model) };
}
