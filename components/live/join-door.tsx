'use client';

// The facilitator's door: closed, nobody new joins with the code (a removed guest who cleared their
// cookies would be new); those already in stay, and get back in after a reload.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { sendJson } from '@/lib/http/send-json';

import { FormError } from '../ui/form-error';

type Props = { slug: string; sessionId: string; closed: boolean };

export function JoinDoor({ slug, sessionId, closed }: Props) {
  const t = useTranslations('live.console');
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const hint = useId();
  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await sendJson(`/api/processes/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(sessionId)}`, 'PATCH', { joinClosed: !closed });
      await refetchAfterChange(client, ['live', slug]);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="join-door">
      {/* The label says what pressing does (not a pressed state); busy keeps the focus where it is. */}
      <button type="button" className="button" aria-describedby={hint} aria-disabled={busy} onClick={() => void toggle()} data-testid="join-door" data-closed={closed}>
        {closed ? t('openJoining') : t('closeJoining')}
      </button>
      <p id={hint} className="hint">
        {closed ? t('joiningClosedHint') : t('joiningOpenHint')}
      </p>
      <FormError failure={failure} />
    </div>
  );
}
