import { useState } from 'react';
import { api, segment } from '../api/client.ts';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSubmit } from '../lib/use-submit.ts';

/** What the memory offers for a page: its source with the paragraphs translated before put in. */
interface MemoryFill {
  title: string | null;
  contentHtml: string;
  unitCount: number;
  memoryUnits: number;
}

/**
 * In the editor of a translation: start from the translation memory. The first step shows how much of the
 * page the region translated before; the second puts it into the editor (replacing what is there, when
 * anything is). Paragraphs the memory does not know stay in the source language, to translate by hand.
 */
export function MemoryFillButton(props: {
  region: string;
  pageId: number;
  language: string;
  hasText: boolean;
  onFill: (fill: { title: string | null; html: string }) => void;
}) {
  const { t } = useI18n();
  const [fill, setFill] = useState<MemoryFill>();
  const lookUp = useSubmit(async () => {
    const path = `/regions/${segment(props.region)}/pages/${props.pageId}/memory`;
    setFill(await api<MemoryFill>('GET', `${path}?language=${segment(props.language)}`));
  });

  return (
    <div className="memory-fill">
      {!fill ? (
        <button type="button" disabled={lookUp.isBusy} onClick={() => void lookUp.submit()}>
          {t('memory.lookUp')}
        </button>
      ) : fill.memoryUnits === 0 ? (
        <Notice kind="info">{t('memory.nothing')}</Notice>
      ) : (
        <>
          <p role="status">{t('memory.found', { known: fill.memoryUnits, total: fill.unitCount })}</p>
          <button
            type="button"
            onClick={() => {
              props.onFill({ title: fill.title, html: fill.contentHtml });
              setFill(undefined);
            }}
          >
            {t(props.hasText ? 'memory.replace' : 'memory.insert')}
          </button>
          <p className="hint">{t('memory.hint')}</p>
        </>
      )}
      <ErrorNotice error={lookUp.error} />
    </div>
  );
}
