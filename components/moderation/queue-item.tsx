'use client';

import { useTranslations } from 'next-intl';

import type { ModerationItem } from '@/lib/participation/views';

type Person = { id: string; name: string };
type Props = { item: ModerationItem; checked: boolean; onCheck: (checked: boolean) => void; onBlock: (person: Person, block: boolean) => unknown };

const KINDS = ['annotation', 'comment', 'proposal'] as const;

/** One reported item, named as people say it ("Mark by Ana"), with its reports and its author's block. */
export function QueueItem({ item, checked, onCheck, onBlock }: Props) {
  const t = useTranslations('participation.moderation');
  const kind = (KINDS as readonly string[]).includes(item.targetType) ? item.targetType : 'other';
  const { excerpt } = item;
  const label = t(`itemLabel.${kind}`, { name: excerpt?.authorName ?? t('unknownAuthor') });
  const author = excerpt && { id: excerpt.authorId, name: excerpt.authorName };
  return (
    <li className="comment">
      <label className="queue-item">
        <input type="checkbox" checked={checked} onChange={(event) => onCheck(event.target.checked)} aria-label={t('select', { text: excerpt?.text.slice(0, 60) ?? label })} />
        <span>
          <span className="comment-meta">
            <strong>{label}</strong> · {t('reports', { count: item.reasons.length })}
            {excerpt?.hidden && ` · ${t('alreadyHidden')}`}
          </span>
          <span className="comment-body">{excerpt?.text}</span>
        </span>
      </label>
      <ul className="hint">
        {item.reasons.map((r) => (
          <li key={r.at + r.by}>{t('reportedBy', { reason: r.reason, name: r.by })}</li>
        ))}
      </ul>
      {author &&
        (excerpt.authorBlocked ? (
          <button type="button" className="button button-quiet" onClick={() => onBlock(author, false)}>
            {t('unblockPerson', { name: author.name })}
          </button>
        ) : (
          <button type="button" className="button button-danger" onClick={() => onBlock(author, true)}>
            {t('block', { name: author.name })}
          </button>
        ))}
    </li>
  );
}
