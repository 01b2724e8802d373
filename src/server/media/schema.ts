import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { IMAGE_TYPES } from '../../shared/media.ts';

export const uploadQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.fileNameLength)
    .describe('The name of the file on the uploader’s computer; the address gets a safe form of it.'),
});

/** The bytes of an uploaded image, as the content-type parser hands them over. */
export const imageBytes = z.instanceof(Buffer, { message: 'send the image’s bytes as the request body' });

export const uploadedImage = z.object({
  id: z.number().int(),
  url: z.string().describe('Where the image is served: /media/{region}/{id}/{safe-file-name}'),
  fileName: z.string(),
  contentType: z.enum(Object.keys(IMAGE_TYPES) as [keyof typeof IMAGE_TYPES]),
  byteSize: z.number().int(),
});

/** The address of a served image; the name part is for people and is not checked. */
export const mediaFileParams = z.object({
  region: z.string().max(LIMITS.regionSlugLength),
  id: z.coerce.number().int().positive().max(LIMITS.maxId),
  name: z.string(),
});
