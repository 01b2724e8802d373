import { generateHTML, generateJSON } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { UploadedImage } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { editorExtensions } from './extensions.ts';
import { ImageDialog } from './image-dialog.tsx';
import { LinkDialog, type LinkTarget } from './link-dialog.tsx';
import { Toolbar } from './toolbar.tsx';
import './editor-base.css';

/** The page's text: TipTap with a toolbar, link and image dialogs; tells the screen every change as HTML. */
export function RichTextEditor(props: {
  html: string;
  /** Changes when other text is loaded (a restore, a conflict resolution), so the editor takes it over. */
  revision: number;
  isEditable: boolean;
  label: string;
  linkTargets: LinkTarget[];
  upload(file: File): Promise<UploadedImage>;
  onChange(html: string): void;
}) {
  const { t } = useI18n();
  const onChange = useRef(props.onChange);
  const loadedHtml = useRef(props.html);
  const baseline = useRef<string | null>(null);
  onChange.current = props.onChange;
  const [extensions] = useState(editorExtensions);
  const [dialog, setDialog] = useState<'link' | 'image' | null>(null);
  const editor = useEditor({
    extensions,
    content: props.html,
    editable: props.isEditable,
    immediatelyRender: true,
    injectCSS: false,
    editorProps: {
      attributes: {
        'aria-label': props.label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'prose editor-content',
      },
    },
    onUpdate: ({ editor: changed }) => {
      // Plugins tidy the document once it is loaded; only what differs from the loaded text is a change.
      const html = changed.getHTML();
      baseline.current ??= generateHTML(generateJSON(loadedHtml.current, extensions), extensions);
      if (html !== baseline.current) onChange.current(html);
      baseline.current = html;
    },
  });

  useEffect(() => {
    if (editor && editor.getHTML() !== props.html)
      editor.commands.setContent(props.html, { emitUpdate: false });
    loadedHtml.current = props.html;
    baseline.current = null;
    // Only a new revision replaces the text; typing must not reset the cursor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, props.revision]);
  useEffect(() => {
    editor?.setEditable(props.isEditable);
  }, [editor, props.isEditable]);

  const selection = useEditorState({
    editor,
    selector: ({ editor: current }: { editor: Editor }) => ({
      href: (current.getAttributes('link').href as string | undefined) ?? '',
      text: current.state.doc.textBetween(current.state.selection.from, current.state.selection.to, ' '),
    }),
  });

  return (
    <div className="rich-text-editor">
      {props.isEditable && (
        <Toolbar editor={editor} onLink={() => setDialog('link')} onImage={() => setDialog('image')} />
      )}
      <EditorContent editor={editor} />
      {dialog === 'link' && (
        <LinkDialog
          currentHref={selection.href}
          hasSelection={selection.text.length > 0}
          targets={props.linkTargets}
          onClose={() => setDialog(null)}
          onApply={(href, text) => {
            const chain = editor.chain().focus().extendMarkRange('link');
            if (!href) chain.unsetLink().run();
            else if (text)
              chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
            else chain.setLink({ href }).run();
            setDialog(null);
          }}
        />
      )}
      {dialog === 'image' && (
        <ImageDialog
          upload={props.upload}
          onClose={() => setDialog(null)}
          onInsert={(image, alt) => {
            editor.chain().focus().setImage({ src: image.url, alt }).run();
            setDialog(null);
          }}
        />
      )}
      <p className="visually-hidden">{t('editor.shortcuts')}</p>
    </div>
  );
}
