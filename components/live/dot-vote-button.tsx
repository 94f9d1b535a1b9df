'use client';

// A participant's dots on the item at hand (a mark, a proposal or a layer's feature): place one,
// take one back, with what is left said aloud (aria-live) and every refusal in plain words.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { useErrorText } from '@/lib/i18n/use-error-text';
import { dotRefusal, effectiveStatus, sameItem, type DotItem } from '@/lib/live/dot-round';

import './dot-votes.css';
import { useDotRound, useSecondsLeft } from './use-dot-round';

type Props = { slug: string; sessionId: string; item: DotItem | null };

export function DotVoteButton({ slug, sessionId, item }: Props) {
  const t = useTranslations('live.votes.button');
  const errorText = useErrorText();
  const rounds = useDotRound(slug, sessionId);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const whyId = useId();
  const answer = rounds.answer;
  // Re-renders each second while a timed round runs, so the button closes with the round.
  useSecondsLeft(answer?.round.status === 'open' ? answer.round.endsAt : null);
  if (!answer || effectiveStatus(answer.round) !== 'open') {
    return (
      <p className="dot-vote" aria-live="polite">
        {answer?.round.status === 'open' || answer?.round.status === 'closed' ? t('over') : said}
      </p>
    );
  }
  const { round, mine } = answer;
  const here = item ? mine.votes.filter((vote) => sameItem(vote, item)) : [];
  const refusal = item ? dotRefusal(round, mine.votes, item) : null;

  const act = async (action: () => Promise<number | undefined>, words: (left: number) => string) => {
    setBusy(true);
    try {
      const left = await action();
      if (left !== undefined) setSaid(words(left));
    } catch (error) {
      setSaid(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dot-vote" data-testid="dot-vote">
      {!item ? (
        <p>{t('pick', { left: mine.left })}</p>
      ) : (
        <>
          <button type="button" className="button dot-vote-place" disabled={busy || refusal !== null} aria-describedby={refusal ? whyId : undefined} onClick={() => act(() => rounds.place(item), (left) => t('placed', { left }))}>
            {t('place', { left: mine.left })}
          </button>
          {here.length > 0 && (
            <button type="button" className="button button-quiet dot-vote-remove" disabled={busy} onClick={() => act(() => rounds.remove(here.at(-1)!.id), (left) => t('removed', { left }))}>
              {t('remove')}
            </button>
          )}
          <p className="hint">{t('onItem', { count: here.length })}</p>
          {refusal && <p id={whyId} className="hint">{t(`refused.${refusal}`)}</p>}
        </>
      )}
      <p className="visually-hidden" aria-live="polite" role="status">
        {said}
      </p>
    </div>
  );
}
