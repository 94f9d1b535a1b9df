'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

import type { AnnotationKind } from '@/lib/collab/annotation';

export type Tool = 'select' | AnnotationKind;
const TOOLS: { tool: Tool; keys: string[]; icon: string }[] = [
  { tool: 'select', keys: ['1', 's'], icon: '↖' },
  { tool: 'point', keys: ['2', 'p'], icon: '●' },
  { tool: 'line', keys: ['3', 'l'], icon: '╱' },
  { tool: 'polygon', keys: ['4', 'a'], icon: '⬠' },
];

type Props = {
  tool: Tool;
  onTool: (tool: Tool) => void;
  corners: number;
  onFinish: () => void;
  onUndo: () => void;
  onCancel: () => void;
};

export function DrawToolbar({ tool, onTool, corners, onFinish, onUndo, onCancel }: Props) {
  const t = useTranslations('annotations.tools');

  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
      const match = TOOLS.find((entry) => entry.keys.includes(event.key.toLowerCase()));
      if (match) onTool(match.tool);
    };
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, [onTool]);

  const drawing = tool === 'line' || tool === 'polygon';
  return (
    <div className={`draw-toolbar${tool === 'select' ? '' : ' is-drawing'}`} role="toolbar" aria-label={t('label')}>
      {TOOLS.map(({ tool: entry, keys, icon }) => (
        <button key={entry} type="button" className="tool-button" aria-pressed={tool === entry} onClick={() => onTool(entry)} title={`${t(entry)} (${keys.join(' / ').toUpperCase()})`} aria-keyshortcuts={keys.join(' ')}>
          <span aria-hidden="true" className="tool-icon">
            {icon}
          </span>
          <span className="tool-label">{t(entry)}</span>
        </button>
      ))}
      {drawing && (
        <>
          <button type="button" className="tool-button tool-finish" onClick={onFinish} disabled={corners < (tool === 'line' ? 2 : 3)}>
            {t('finish')}
          </button>
          <button type="button" className="tool-button" onClick={onUndo} disabled={corners === 0}>
            {t('undo')}
          </button>
        </>
      )}
      {tool !== 'select' && (
        <button type="button" className="tool-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
      {tool !== 'select' && (
        <p className="tool-hint" role="status">
          {t(`hint.${tool}`)} <span className="visually-hidden">{t('hint.keyboard')}</span>
        </p>
      )}
    </div>
  );
}
