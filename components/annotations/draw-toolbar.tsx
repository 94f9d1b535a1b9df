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
  /** Why the tools are off right now (the live session's phase allows no marks); they stay in view, disabled. */
  offReason?: string | null;
};

export function DrawToolbar({ tool, onTool, corners, onFinish, onUndo, onCancel, offReason = null }: Props) {
  const t = useTranslations('annotations.tools');

  useEffect(() => {
    if (offReason) return;
    const keydown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
      const match = TOOLS.find((entry) => entry.keys.includes(event.key.toLowerCase()));
      if (match) onTool(match.tool);
    };
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, [onTool, offReason]);

  const drawing = tool === 'line' || tool === 'polygon';
  return (
    <div className={`draw-toolbar${tool === 'select' ? '' : ' is-drawing'}`} role="toolbar" aria-label={t('label')} aria-describedby={offReason ? 'draw-off-reason' : undefined}>
      {TOOLS.map(({ tool: entry, keys, icon }) => (
        <button
          key={entry}
          type="button"
          className="tool-button"
          aria-pressed={tool === entry}
          onClick={() => onTool(entry)}
          disabled={!!offReason && entry !== 'select'}
          aria-describedby={offReason && entry !== 'select' ? 'draw-off-reason' : undefined}
          title={offReason && entry !== 'select' ? offReason : `${t(entry)} (${keys.join(' / ').toUpperCase()})`}
          aria-keyshortcuts={keys.join(' ')}
        >
          <span aria-hidden="true" className="tool-icon">
            {icon}
          </span>
          <span className="tool-label">{t(entry)}</span>
        </button>
      ))}
      {offReason && (
        <p className="tool-hint tool-off-reason" id="draw-off-reason" data-testid="draw-off-reason">
          {offReason}
        </p>
      )}
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
