import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/i18n/client-messages';

export default function SignupLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="account">{children}</ClientMessages>;
}
