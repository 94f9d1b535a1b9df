'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { useProcessRules } from '@/components/process/process-context';
import { sendJson } from '@/lib/http/send-json';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { TargetState } from '@/lib/policy/decide';

/** `target`: the state of what is supported, for the rules' judgement of the live session's phase. */
type Props = { targetType: 'proposal' | 'comment' | 'annotation'; targetId: string; supports: number; mine: number; canVote: boolean; target?: TargetState; compact?: boolean };

export function VoteButton({ targetType, targetId, supports, mine, canVote, target, compact }: Props) {
  const t = useTranslations('participation');
  const errorText = useErrorText();
  const rules = useProcessRules();
  // A live session's phase without support keeps the button in view, off, saying why (and back on when it changes).
  const held = rules.heldByPhase('vote.cast', target);
  const reasonId = useId();
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
      {(canVote || held) && (
        <button type="button" className={`button ${current.mine === 1 ? '' : 'button-quiet'} vote-button`} aria-pressed={current.mine === 1} onClick={toggle} disabled={held} aria-describedby={held ? reasonId : undefined} title={held && compact && rules.phase ? t('votes.offInPhase', { phase: rules.phase.title }) : undefined}>
          <span aria-hidden="true">▲</span> {current.mine === 1 ? t('votes.supported') : t('votes.support')}
        </button>
      )}
      <span className="vote-count" data-testid={`votes-${targetId}`}>
        {compact ? current.supports : t('votes.count', { count: current.supports })}
      </span>
      {held && rules.phase && (
        // Beside each comment's small button the words would repeat down the thread: there they are for screen readers and the pointer.
        <span className={compact ? 'visually-hidden' : 'hint'} id={reasonId} data-testid="support-off-reason">
          {t('votes.offInPhase', { phase: rules.phase.title })}
        </span>
      )}
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
