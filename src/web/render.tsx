import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { translatorFor, type Translator } from './i18n.ts';
import type {
  ContactModel,
  ContentPageModel,
  DashboardModel,
  LayoutModel,
  NotFoundModel,
  NotTranslatedModel,
  PickerModel,
  SearchModel,
} from './view-models.ts';
import { ContactView } from './views/contact.tsx';
import { ContentPageView } from './views/content-page.tsx';
import { DashboardView } from './views/dashboard.tsx';
import { Layout } from './views/layout.tsx';
import { NotFoundView, NotTranslatedView, OfflineView } from './views/notices.tsx';
import { PickerView } from './views/picker.tsx';
import { SearchView } from './views/search.tsx';

// One function per page of the public app: the server passes the models, these return whole documents.

function renderDocument(layout: LayoutModel, body: (t: Translator['t']) => ComponentChildren): string {
  const { t } = translatorFor(layout.uiLanguage);
  return `<!doctype html>${render(
    <Layout model={layout} t={t}>
      {body(t)}
    </Layout>,
  )}`;
}

export const renderPicker = (layout: LayoutModel, model: PickerModel) =>
  renderDocument(layout, (t) => <PickerView model={model} t={t} />);

export const renderDashboard = (layout: LayoutModel, model: DashboardModel) =>
  renderDocument(layout, (t) => <DashboardView model={model} t={t} />);

export const renderContact = (layout: LayoutModel, model: ContactModel) =>
  renderDocument(layout, (t) => <ContactView model={model} t={t} />);

export const renderContentPage = (layout: LayoutModel, model: ContentPageModel) =>
  renderDocument(layout, (t) => <ContentPageView model={model} t={t} />);

export const renderNotTranslated = (layout: LayoutModel, model: NotTranslatedModel) =>
  renderDocument(layout, (t) => <NotTranslatedView model={model} t={t} />);

export const renderSearch = (
  layout: LayoutModel,
  model: SearchModel,
  options: { regionName: string; action: string },
) =>
  renderDocument(layout, (t) => (
    <SearchView model={model} t={t} regionName={options.regionName} action={options.action} />
  ));

export const renderNotFound = (layout: LayoutModel, model: NotFoundModel) =>
  renderDocument(layout, (t) => <NotFoundView model={model} t={t} />);

export const renderOffline = (layout: LayoutModel) => renderDocument(layout, (t) => <OfflineView t={t} />);
