import { z } from 'zod';

export const contactParams = z.object({ region: z.string(), lang: z.string() });

/** The contact page's content as the public API gives it. */
export const publicContact = z.object({
  official: z
    .object({
      name: z.string().describe('The office or person responsible, as they want to be named publicly.'),
      email: z.string().describe('Empty when they are reached by phone only.'),
      phone: z.string().describe('Empty when they are reached by e-mail only.'),
      officeHours: z.string(),
      responseDays: z.number().int().nullable().describe('Working days within which they promise to answer.'),
    })
    .nullable()
    .describe('Null while the region names nobody with a public contact channel.'),
  legalPages: z.array(
    z.object({
      purpose: z.enum(['imprint', 'privacy', 'accessibility']),
      title: z.string(),
      language: z
        .string()
        .describe('The requested language, or the default language where it is not translated.'),
      path: z.string(),
    }),
  ),
});
