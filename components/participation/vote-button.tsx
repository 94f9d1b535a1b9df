'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { useErrorText } from '@/lib/i18n/use-error-text';

type Props = { targetType: 'proposal' | 'comment' | 'annotation'; targetId: string; supports: number; mine: number; canVote: boolean; compact?: boolean };

export function VoteButton({ targetType, targetId, supports, mine, canVote, compact }: Props) {
  const t = useTranslations('participation');
  const errorText = useErrorText();
  const [state, setState] = useState({ supports, mine, for: `${targetId}:${supports}:${mine}` });
  const [error, setError] = useState<string | null>(null);
  // New counts from the server (a live refresh) replace the local ones.
  const current = state.for === `${targetId}:${supports}:${mine}` ? state : { supports, mine, for: `${targetId}:${supports}:${mine}` };

  async function toggle() {
    setError(null);
    try {
      const { votes } = await sendJson<{ votes: { supports: number; mine: number } }>('/api/votes', 'POST', { targetType, targetId, value: current.mine === 1 ? 0 : 1 });
      setState({ ...votes, for: current.for });
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <span className="vote">
      {canVote && (
        <button type="button" className={`button ${current.mine === 1 ? '' : 'button-quiet'} vote-button`} aria-pressed={current.mine === 1} onClick={toggle}>
          <span aria-hidden="true">▲</span> {current.mine === 1 ? t('votes.supported') : t('votes.support')}
        </button>
      )}
      <span className="vote-count" data-testid={`votes-${targetId}`}>
        {compact ? current.supports : t('votes.count', { count: current.supports })}
      </span>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
