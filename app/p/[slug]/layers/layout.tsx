import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/i18n/client-messages';

export default function ProcessLayersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="processLayers">{children}</ClientMessages>;
}
