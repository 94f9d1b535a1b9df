'use client';

// The facilitator's door: closed, nobody new joins with the code (a removed guest who cleared their
// cookies would be new); those already in stay, and get back in after a reload.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { sendJson } from '@/lib/http/send-json';

import { FormError } from '../ui/form-error';

type Props = { slug: string; sessionId: string; closed: boolean };

export function JoinDoor({ slug, sessionId, closed }: Props) {
  const t = useTranslations('live.console');
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const toggle = async () => {
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
      <button type="button" className="button" aria-pressed={closed} aria-describedby="join-door-hint" disabled={busy} onClick={() => void toggle()} data-testid="join-door">
        {closed ? t('openJoining') : t('closeJoining')}
      </button>
      <p id="join-door-hint" className="hint">
        {closed ? t('joiningClosedHint') : t('joiningOpenHint')}
      </p>
      <FormError failure={failure} />
    </div>
  );
}
