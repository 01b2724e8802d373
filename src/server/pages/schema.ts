import { z } from 'zod';

const availableLanguages = z
  .record(z.string(), z.string())
  .describe('Every visible language the page is published in, with its path in that language.');

/** A page in the flat public list. */
export const publicPageSummary = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  position: z.number().int(),
  path: z.string().describe('Slugs from the top level down, joined by "/"; Unicode, not percent-encoded.'),
  title: z.string(),
  icon: z.string().nullable(),
  excerpt: z.string(),
  contentHtml: z.string().describe('Sanitised HTML.'),
  lastUpdated: z.string().describe('When the public version was saved (ISO 8601).'),
  availableLanguages,
});

const pageLink = z.object({ id: z.number().int(), path: z.string(), title: z.string() });

/** One public page with its children and the way to it. */
export const publicPageDetail = publicPageSummary.extend({
  children: z.array(pageLink.extend({ excerpt: z.string(), icon: z.string().nullable() })),
  breadcrumb: z.array(pageLink).describe('The ancestors, from the top level down.'),
});

export const pageListResponse = z.object({
  region: z.string(),
  language: z.string(),
  pages: z.array(publicPageSummary),
});

export const languageParams = z.object({ region: z.string(), lang: z.string() });

export const pageParams = languageParams.extend({
  path: z.string().describe('The page path; may contain "/".'),
});
