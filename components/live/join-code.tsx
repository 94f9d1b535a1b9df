'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

import { JoinQr } from './join-qr';

const noChanges = () => () => {};

/** The join code in large type, spaced for reading aloud, with the QR code of the join link; once the door is closed, only that it is. */
export function JoinCode({ code, large = false, closed = false }: { code: string; large?: boolean; closed?: boolean }) {
  const t = useTranslations('live.code');
  const origin = useSyncExternalStore(noChanges, () => window.location.origin, () => '');
  const url = `${origin}/join?code=${encodeURIComponent(code)}`;
  if (closed) {
    return (
      <div className={`join-code${large ? ' join-code-large' : ''}`}>
        <p className="join-code-closed" data-testid="join-closed">
          {t('closed')}
        </p>
      </div>
    );
  }
  return (
    <div className={`join-code${large ? ' join-code-large' : ''}`}>
      <p className="join-code-where">{t('where', { host: origin.replace(/^https?:\/\//, '') })}</p>
      <p className="join-code-value" data-testid="join-code" data-code={code}>
        <span aria-hidden="true">{code}</span>
        <span className="visually-hidden">{t('label', { code: code.split('').join(' ') })}</span>
      </p>
      {origin && <JoinQr url={url} label={t('qr')} size={large ? 320 : 160} />}
    </div>
  );
}
