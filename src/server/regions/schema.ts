import { z } from 'zod';
import { LIMITS, RESERVED_REGION_SLUGS } from '../../shared/limits.ts';

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** A language a new region enables, and the language it is translated from. */
export const regionLanguageInput = z.object({
  tag: z.string().min(2),
  source: z.string().min(2).nullable(),
  isVisible: z.boolean().default(true),
  isEditable: z.boolean().default(true),
});

/** What it takes to create a region. */
export const newRegionInput = z.object({
  slug: z
    .string()
    .max(LIMITS.regionSlugLength)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters a–z, digits and single hyphens')
    .refine((slug) => !RESERVED_REGION_SLUGS.includes(slug), 'is reserved for the platform’s own addresses'),
  name: z.string().trim().min(1).max(LIMITS.regionNameLength),
  kind: z.enum(['city', 'county', 'provider']),
  status: z.enum(['draft', 'live', 'hidden', 'archived']).default('draft'),
  timezone: z.string().refine(isTimeZone, 'is not a known IANA time zone').default('Europe/Berlin'),
  center: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .optional(),
  boundingBox: z
    .object({
      south: z.number().min(-90).max(90),
      west: z.number().min(-180).max(180),
      north: z.number().min(-90).max(90),
      east: z.number().min(-180).max(180),
    })
    .refine((box) => box.south <= box.north, 'south must not lie north of north')
    .optional(),
  postalCodes: z
    .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'is not a postal code'))
    .default([]),
  aliases: z.array(z.string().trim().min(1).max(LIMITS.regionNameLength)).default([]),
  defaultLanguage: z.string().min(2),
  languages: z.array(regionLanguageInput).min(1),
});

export type NewRegionInput = z.input<typeof newRegionInput>;

const coordinates = z.object({ latitude: z.number(), longitude: z.number() });

/** A region in the public list. */
export const publicRegionSummary = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(['city', 'county', 'provider']),
  timezone: z.string(),
  center: coordinates.nullable(),
  boundingBox: z
    .object({ south: z.number(), west: z.number(), north: z.number(), east: z.number() })
    .nullable(),
  postalCodes: z.array(z.string()),
  aliases: z.array(z.string()),
  defaultLanguage: z.string(),
  distanceKm: z.number().optional().describe('Distance from `near`, when it was given.'),
});

/** A language as the public API shows it. */
export const publicLanguage = z.object({
  tag: z.string().describe('BCP 47 language tag'),
  nativeName: z.string(),
  englishName: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  script: z.string(),
});

export const publicRegionDetail = publicRegionSummary.extend({ languages: z.array(publicLanguage) });

export const regionListResponse = z.object({ regions: z.array(publicRegionSummary) });

/** `?q=` and `?near=lat,lon` of the region list. */
export const regionListQuery = z.object({
  q: z
    .string()
    .max(LIMITS.searchQueryLength)
    .optional()
    .describe('Matches name, aliases and postal codes, ignoring case and accents.'),
  near: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return undefined;
      const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
      const latitude = Number(match?.[1]);
      const longitude = Number(match?.[2]);
      if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        context.addIssue({
          code: 'custom',
          message: 'must be "latitude,longitude" in degrees, e.g. 48.14,11.58',
        });
        return z.NEVER;
      }
      return { latitude, longitude };
    })
    .describe('Orders regions by distance from "latitude,longitude".'),
});

export const regionParams = z.object({ region: z.string() });

/** A region's workspace settings, as read and as changed. */
export const regionSettings = z.object({
  requiresManagerTotp: z.boolean().describe('Whether the region’s managers must use two-factor sign-in.'),
  reviewIntervalMonths: z
    .number()
    .int()
    .min(1)
    .max(LIMITS.reviewIntervalMaxMonths)
    .optional()
    .describe(
      'Months after publication or the last review by which a published text is reviewed again (12 unless set); always answered, kept as it is when a change leaves it out.',
    ),
  officialGraceDays: z
    .number()
    .int()
    .min(0)
    .max(LIMITS.officialGraceMaxDays)
    .optional()
    .describe(
      'Days after the responsible official left before the public app says that nobody is responsible (14 unless set); always answered, kept as it is when a change leaves it out.',
    ),
});
export type RegionSettings = z.output<typeof regionSettings>;

/** A new region as a platform admin asks for it; it always starts as a draft and goes live through the gate. */
export const regionCreationInput = newRegionInput.omit({ status: true });

/** A region as the workspace lists it, with its state. */
export const workspaceRegion = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(['city', 'county', 'provider']),
  status: z.enum(['draft', 'live', 'hidden', 'archived']),
  defaultLanguage: z.string(),
});

export const workspaceRegionList = z.object({ regions: z.array(workspaceRegion) });
