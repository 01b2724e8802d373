/** A term of a region's glossary. */
export interface GlossaryTerm {
  id: number;
  term: string;
  isDoNotTranslate: boolean;
  translations: Record<string, string>;
  note: string;
  updatedAt: string;
}
