/** What importing an XLIFF file does (or would do, in a preview) to each page. */
export interface ImportOutcome {
  version: '1.2' | '2.0';
  sourceLanguage: string;
  targetLanguage: string;
  isPreview: boolean;
  pages: {
    pageId: number;
    title: string;
    contentHtml: string;
    sourceVersionId: number;
    translatedUnits: number;
    untranslatedUnits: string[];
    sourceChange: { before: string; after: string; currentVersionId: number } | null;
    warnings: string[];
    createdVersionId: number | null;
  }[];
}
