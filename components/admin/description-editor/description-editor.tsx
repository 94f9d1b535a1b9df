'use client';

// A process description as formatted text (Tiptap): headings, bold, italic, lists and links, and
// nothing else (description-extensions.ts), so pasted Word or web text keeps only that. Loaded with
// next/dynamic from the admin form only; public pages never download it.
import { Extension } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';

import { withoutEmptyEnds } from '@/lib/process/description-format';

import { descriptionExtensions } from './description-extensions';
import { DescriptionToolbar } from './description-toolbar';
import { LinkField } from './link-field';
import { SelectionFromPage } from './selection-from-page';

type Props = { id?: string; value: string; lang: string; onChange: (html: string) => void; 'aria-describedby'?: string; 'aria-invalid'?: boolean };

export default function DescriptionEditor({ id = 'description', value, lang, onChange, 'aria-describedby': describedBy, 'aria-invalid': invalid }: Props) {
  const [linking, setLinking] = useState(false);
  const latest = useRef({ onChange, openLink: () => setLinking(true) });
  useEffect(() => { latest.current.onChange = onChange; }, [onChange]);
  const attributes = useMemo((): Record<string, string> => ({
    id, role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': `${id}-label`, lang, class: 'description-editor-text process-description',
    ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(invalid ? { 'aria-invalid': 'true' } : {}),
  }), [id, lang, describedBy, invalid]);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      ...descriptionExtensions,
      SelectionFromPage,
      Extension.create({ name: 'linkShortcut', addKeyboardShortcuts: () => ({ 'Mod-k': () => (latest.current.openLink(), true) }) }),
    ],
    content: value,
    editorProps: { attributes },
    onUpdate: ({ editor: changed }) => latest.current.onChange(changed.isEmpty ? '' : withoutEmptyEnds(changed.getHTML())),
  });

  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes } });
  }, [editor, attributes]);

  if (!editor) return <div className="description-editor" aria-busy="true" />;
  return (
    <div className="description-editor">
      <DescriptionToolbar editor={editor} controls={id} onLink={() => setLinking(true)} />
      {linking && <LinkField editor={editor} id={`${id}-link`} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}
