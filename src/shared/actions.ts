/**
 * Everything the workspace lets someone do. The server's policy decides each request by one of these; the
 * workspace app uses the same names to show only what a role may do.
 */
export const ACTIONS = [
  'region.read',
  'region.manage-users',
  'region.manage-settings',
  'feedback.manage',
  'audit.read',
  'page.structure',
  'page.write-draft',
  'page.submit',
  'page.publish',
  'page.review',
  'page.translate',
  'page.machine-translate',
  'glossary.manage',
  'media.upload',
] as const;

export type Action = (typeof ACTIONS)[number];
