import { getTranslations } from 'next-intl/server';

import '@/components/live/live.css';
import { JoinForm } from '@/components/live/join-form';
import { normalizeCode } from '@/lib/live/typed-code';

export async function generateMetadata() {
  return { title: (await getTranslations('live.join'))('title') };
}

type Props = { searchParams: Promise<{ code?: string | string[] }> };

/** `/join?code=XXXXXX` is what the projector's QR code opens: the code is filled in. */
export default async function JoinPage({ searchParams }: Props) {
  const t = await getTranslations('live.join');
  const { code } = await searchParams;
  const initial = typeof code === 'string' ? normalizeCode(code).slice(0, 12) : '';
  return (
    <div className="page page-narrow join-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <JoinForm initialCode={initial} />
      <p className="hint">{t('noAccount')}</p>
    </div>
  );
}
