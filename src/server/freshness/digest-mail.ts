import type { Mail } from '../mail/mailer.ts';
import { pageEditorLink } from '../notifications/service.ts';
import type { FreshnessItem } from './service.ts';

/** How many texts one digest lists; the rest are counted, and the overview in the workspace has them all. */
const listedItems = 40;

/**
 * The weekly digest e-mail to a region's responsible official, German first, then English (as the other
 * e-mails of the workspace): the overdue texts, then those due within four weeks, each with the link to
 * its editor, and the link to the overview.
 */
export function composeDigestMail(options: {
  to: string;
  publicUrl: string;
  region: { slug: string; name: string };
  items: FreshnessItem[];
}): Mail {
  const { publicUrl, region, items } = options;
  const overdue = items.filter((item) => item.status === 'overdue');
  const dueSoon = items.filter((item) => item.status === 'due-soon');
  const overview = `${publicUrl}/cms/r/${encodeURIComponent(region.slug)}/freshness`;
  const lines = (list: FreshnessItem[], dateOf: (item: FreshnessItem) => string) => {
    const shown = list
      .slice(0, listedItems)
      .map(
        (item) =>
          `- ${item.title} (${item.language}), ${dateOf(item)}\n  ${pageEditorLink(publicUrl, region, item)}`,
      );
    return list.length > listedItems ? [...shown, `- … +${list.length - listedItems}`] : shown;
  };
  const section = (heading: string, list: FreshnessItem[], dateOf: (item: FreshnessItem) => string) =>
    list.length === 0 ? [] : [heading, ...lines(list, dateOf), ''];
  const german = [
    `Guten Tag,`,
    '',
    `Seiten in ${region.name}, die überfällig sind: ${overdue.length}; die in den nächsten 4 Wochen zu prüfen sind: ${dueSoon.length}.`,
    '',
    ...section('Überfällig:', overdue, (item) => `prüfen bis ${germanDate(item.reviewBy)}`),
    ...section('Bald fällig:', dueSoon, (item) => `prüfen bis ${germanDate(item.reviewBy)}`),
    `Stimmt eine Seite noch, bestätigen Sie in der Übersicht „Noch korrekt“: ${overview}`,
  ];
  const english = [
    `Hello,`,
    '',
    `Pages in ${region.name} overdue for review: ${overdue.length}; due within 4 weeks: ${dueSoon.length}.`,
    '',
    ...section('Overdue:', overdue, (item) => `review by ${item.reviewBy}`),
    ...section('Due soon:', dueSoon, (item) => `review by ${item.reviewBy}`),
    `If a page is still correct, confirm it in the overview ("still correct"): ${overview}`,
  ];
  return {
    to: options.to,
    subject: `Lotse ${region.name}: ${overdue.length} überfällig, ${dueSoon.length} bald fällig / ${overdue.length} overdue, ${dueSoon.length} due soon`,
    text: `${german.join('\n')}\n\n---\n\n${english.join('\n')}\n`,
  };
}

/** `2027-03-01` as Germans write it: `01.03.2027`. */
function germanDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}
