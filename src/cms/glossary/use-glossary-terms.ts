import { useMemo } from 'react';
import { segment } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';
import { termsFor, type MarkedTerm } from './highlight-terms.ts';
import type { GlossaryTerm } from './types.ts';

/** The region's glossary terms to mark for a translator into `language` (none without a language). */
export function useGlossaryTerms(region: string, language: string | null): MarkedTerm[] {
  const { t } = useI18n();
  const glossary = useApi<{ terms: GlossaryTerm[] }>(
    language ? `/regions/${segment(region)}/glossary` : null,
  );
  return useMemo(
    () =>
      language && glossary.data
        ? termsFor(glossary.data.terms, language, {
            keep: t('glossary.mark.keep'),
            translateAs: (translation) => t('glossary.mark.translateAs', { translation }),
          })
        : [],
    [glossary.data, language, t],
  );
}
