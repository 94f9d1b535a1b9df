'use client';

// Sends a change to the API and refreshes the page's server data; keeps the failure for FormError to say.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { sendJson } from '@/lib/http/send-json';

export function useRefreshingRequest() {
  const router = useRouter();
  const [error, setError] = useState<unknown>(null);
  const send = async (url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<boolean> => {
    setError(null);
    try {
      await sendJson(url, method, body);
      router.refresh();
      return true;
    } catch (problem) {
      setError(problem);
      return false;
    }
  };
  return { error, send };
}
