// What the page editor can write: exactly what the server's sanitiser keeps (headings 2–4, lists, links
// incl. `lotse:page/<id>` internal links, tables, images with alt text, info and warning boxes).
import { mergeAttributes, Node, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

/** A box around blocks that readers should notice: `<aside class="info">` or `<aside class="warning">`. */
const InfoBox = Node.create({
  name: 'infoBox',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return {
      kind: {
        default: 'info',
        parseHTML: (element) => (element.classList.contains('warning') ? 'warning' : 'info'),
        renderHTML: (attributes) => ({ class: attributes.kind === 'warning' ? 'warning' : 'info' }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'aside' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes), 0];
  },
});

/** Whether an address may be a link: web, e-mail, phone, or another page of the region. */
export function isAllowedHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|tel:|lotse:page\/\d+$)/i.test(href.trim());
}

/** The editor's extensions. */
export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      codeBlock: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['lotse', 'mailto', 'tel'],
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: null, target: null },
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    Image.configure({ inline: false, allowBase64: false }),
    InfoBox,
  ];
}
