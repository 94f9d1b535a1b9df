import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/i18n/client-messages';

export default function ProcessReviewLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="processReview">{children}</ClientMessages>;
}
