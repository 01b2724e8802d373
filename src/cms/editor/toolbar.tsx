import { useEditorState, type Editor } from '@tiptap/react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.ts';

/** The editor's formatting buttons; arrow keys move between them, each says whether it is on. */
export function Toolbar({ editor, onLink, onImage }: { editor: Editor; onLink(): void; onImage(): void }) {
  const { t } = useI18n();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
      table: current.isActive('table'),
      info: current.isActive('infoBox', { kind: 'info' }),
      warning: current.isActive('infoBox', { kind: 'warning' }),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const run = () => editor.chain().focus();
  const box = (kind: 'info' | 'warning') => {
    if (editor.isActive('infoBox')) run().lift('infoBox').run();
    else run().wrapIn('infoBox', { kind }).run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const isForward =
      (event.key === 'ArrowRight') === (getComputedStyle(event.currentTarget).direction === 'ltr');
    buttons[(index + (isForward ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    event.preventDefault();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')} onKeyDown={onKeyDown}>
      <Group>
        <Tool label={t('editor.bold')} pressed={state.bold} onClick={() => run().toggleBold().run()}>
          <b>B</b>
        </Tool>
        <Tool label={t('editor.italic')} pressed={state.italic} onClick={() => run().toggleItalic().run()}>
          <i>I</i>
        </Tool>
      </Group>
      <Group>
        <Tool
          label={t('editor.heading2')}
          pressed={state.h2}
          onClick={() => run().toggleHeading({ level: 2 }).run()}
        >
          H2
        </Tool>
        <Tool
          label={t('editor.heading3')}
          pressed={state.h3}
          onClick={() => run().toggleHeading({ level: 3 }).run()}
        >
          H3
        </Tool>
        <Tool
          label={t('editor.bulletList')}
          pressed={state.bulletList}
          onClick={() => run().toggleBulletList().run()}
        >
          •
        </Tool>
        <Tool
          label={t('editor.orderedList')}
          pressed={state.orderedList}
          onClick={() => run().toggleOrderedList().run()}
        >
          1.
        </Tool>
      </Group>
      <Group>
        <Tool label={t('editor.link')} pressed={state.link} onClick={onLink}>
          {t('editor.linkShort')}
        </Tool>
        <Tool label={t('editor.image')} onClick={onImage}>
          {t('editor.imageShort')}
        </Tool>
        <Tool label={t('editor.infoBox')} pressed={state.info} onClick={() => box('info')}>
          ℹ
        </Tool>
        <Tool label={t('editor.warningBox')} pressed={state.warning} onClick={() => box('warning')}>
          ⚠
        </Tool>
      </Group>
      <Group>
        {state.table ? (
          <>
            <Tool label={t('editor.table.addRow')} onClick={() => run().addRowAfter().run()}>
              {t('editor.table.addRowShort')}
            </Tool>
            <Tool label={t('editor.table.addColumn')} onClick={() => run().addColumnAfter().run()}>
              {t('editor.table.addColumnShort')}
            </Tool>
            <Tool label={t('editor.table.deleteRow')} onClick={() => run().deleteRow().run()}>
              {t('editor.table.deleteRowShort')}
            </Tool>
            <Tool label={t('editor.table.deleteColumn')} onClick={() => run().deleteColumn().run()}>
              {t('editor.table.deleteColumnShort')}
            </Tool>
            <Tool label={t('editor.table.delete')} onClick={() => run().deleteTable().run()}>
              {t('editor.table.deleteShort')}
            </Tool>
          </>
        ) : (
          <Tool
            label={t('editor.table.insert')}
            onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          >
            {t('editor.table.insertShort')}
          </Tool>
        )}
      </Group>
      <Group>
        <Tool label={t('editor.undo')} disabled={!state.canUndo} onClick={() => run().undo().run()}>
          ↶
        </Tool>
        <Tool label={t('editor.redo')} disabled={!state.canRedo} onClick={() => run().redo().run()}>
          ↷
        </Tool>
      </Group>
    </div>
  );
}

function Group({ children }: { children: ReactNode }) {
  return <span className="toolbar-group">{children}</span>;
}

function Tool(props: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.children}</span>
    </button>
  );
}
