/** A region as the workspace lists it (GET /regions). */
export interface WorkspaceRegion {
  slug: string;
  name: string;
  kind: 'city' | 'county' | 'provider';
  status: 'draft' | 'live' | 'hidden' | 'archived';
  defaultLanguage: string;
}
