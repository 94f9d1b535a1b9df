'use client';

// The address of a link, asked below the toolbar: Enter applies it, Escape goes back to the text,
// an empty address removes the link. Selected text becomes the link; with none, the address does.
import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

import { linkAddress } from './link-address';

type Props = { editor: Editor; id: string; onClose: () => void };

export function LinkField({ editor, id, onClose }: Props) {
  const t = useTranslations('descriptionEditor');
  const [typed, setTyped] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Ctrl+K or the Link button asks for the address: the caret goes there.
  useEffect(() => input.current?.focus(), []);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const href = linkAddress(typed);
    if (href === null) return setInvalid(true);
    const chain = editor.chain().focus().extendMarkRange('link');
    if (!href) chain.unsetLink().run();
    else if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  }

  function keys(event: KeyboardEvent) {
    // Enter must not submit the whole process form.
    if (event.key === 'Enter') { event.preventDefault(); apply(); }
    if (event.key === 'Escape') { event.preventDefault(); close(); }
  }

  return (
    <div className="description-link">
      <label id={`${id}-label`} htmlFor={id}>{t('linkAddress')}</label>
      <input
        id={id} type="url" inputMode="url" autoComplete="url" spellCheck={false} ref={input} value={typed}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`} aria-invalid={invalid || undefined}
        onChange={(event) => { setTyped(event.target.value); setInvalid(false); }} onKeyDown={keys}
      />
      <p id={`${id}-hint`} className="hint">{t('linkHint')}</p>
      {invalid && <p id={`${id}-error`} className="field-error">{t('linkInvalid')}</p>}
      <div className="description-link-actions">
        <button type="button" className="button" onClick={apply}>{t('linkApply')}</button>
        <button type="button" className="button button-quiet" onClick={close}>{t('linkCancel')}</button>
      </div>
    </div>
  );
}
