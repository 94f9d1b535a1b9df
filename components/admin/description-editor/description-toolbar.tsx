'use client';

// The formatting toolbar: one tab stop (arrow keys, Home and End move along it, as the ARIA toolbar
// pattern asks); toggles say whether they are on with aria-pressed; a press keeps the text's selection.
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type KeyboardEvent } from 'react';

import { HEADING_LEVELS } from '@/lib/process/description-format';

type Tool = { key: string; label: string; shortcut?: string; pressed?: boolean; disabled?: boolean; run: () => void };
type Props = { editor: Editor; controls: string; onLink: () => void };

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function DescriptionToolbar({ editor, controls, onLink }: Props) {
  const t = useTranslations('descriptionEditor');
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      headings: HEADING_LEVELS.map((level) => e.isActive('heading', { level })),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    ...HEADING_LEVELS.map((level, index) => ({ key: `h${level}`, label: t(`heading${level}`), shortcut: `Control+Alt+${level}`, pressed: state.headings[index], run: () => chain().toggleHeading({ level }).run() })),
    { key: 'bold', label: t('bold'), shortcut: 'Control+B', pressed: state.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', label: t('italic'), shortcut: 'Control+I', pressed: state.italic, run: () => chain().toggleItalic().run() },
    { key: 'bulletList', label: t('bulletList'), shortcut: 'Control+Shift+8', pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', label: t('orderedList'), shortcut: 'Control+Shift+7', pressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: 'link', label: t('link'), shortcut: 'Control+K', pressed: state.link, run: onLink },
    { key: 'unlink', label: t('unlink'), disabled: !state.link, run: () => chain().extendMarkRange('link').unsetLink().run() },
    { key: 'undo', label: t('undo'), shortcut: 'Control+Z', disabled: !state.undo, run: () => chain().undo().run() },
    { key: 'redo', label: t('redo'), shortcut: 'Control+Shift+Z', disabled: !state.redo, run: () => chain().redo().run() },
  ];

  function move(event: KeyboardEvent) {
    const next = MOVES[event.key]?.(current, tools.length);
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label={t('toolbar')} aria-controls={controls} className="description-toolbar" onKeyDown={move}>
      {tools.map((tool, index) => (
        <button
          key={tool.key}
          ref={(button) => { buttons.current[index] = button; }}
          type="button"
          className={`description-tool description-tool-${tool.key}`}
          tabIndex={index === current ? 0 : -1}
          aria-pressed={tool.pressed}
          aria-disabled={tool.disabled || undefined}
          aria-keyshortcuts={tool.shortcut}
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setCurrent(index)}
          onClick={() => { if (!tool.disabled) tool.run(); }}
        >
          {tool.label}
        </button>
      ))}
    </div>
  );
}
