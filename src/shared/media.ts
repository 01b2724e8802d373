/** Uploaded images: the types accepted, and their addresses. Used by the server and the page editor. */

/** The image types the page editor may upload, with the file extension of each. SVG is not among them. */
export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
} as const;

export type ImageType = keyof typeof IMAGE_TYPES;

/** Whether a content type (without parameters, lower-case) is one the page editor may upload. */
export function isImageType(contentType: string): contentType is ImageType {
  return Object.hasOwn(IMAGE_TYPES, contentType);
}

/**
 * A file name that is safe in an address: ASCII letters and digits joined by `-`, lower-case, with the
 * extension of its type (`Rathaus Übersicht.PNG` → `rathaus-ubersicht.png`).
 */
export function safeFileName(fileName: string, contentType: ImageType): string {
  const base = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'image'}.${IMAGE_TYPES[contentType]}`;
}

/** The public address of an uploaded image. */
export function mediaHref(region: string, id: number, safeName: string): string {
  return `/media/${region}/${id}/${safeName}`;
}

const mediaPathPattern = /^\/media\/[a-z0-9]+(?:-[a-z0-9]+)*\/[1-9][0-9]{0,9}\/[a-z0-9][a-z0-9._-]{0,120}$/;

/** Whether an address is one of an uploaded image on this site, as `mediaHref` makes them. */
export function isMediaPath(href: string): boolean {
  return mediaPathPattern.test(href);
}
