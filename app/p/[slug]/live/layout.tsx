import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/i18n/client-messages';

export default function ProcessLiveLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="processLive">{children}</ClientMessages>;
}
