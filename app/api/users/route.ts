import { getLocale, getTranslations } from 'next-intl/server';

import { registerCitizen } from '@/server/domain/users/register-citizen';
import { AppError, handleRoute } from '@/server/http/app-error';

/** Sign-up: creates a citizen account. Messages come back in the person's language. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const t = await getTranslations('auth.errors');
    const body = await request.json().catch(() => null);
    try {
      const user = await registerCitizen(body, await getLocale());
      return Response.json({ user }, { status: 201 });
    } catch (error) {
      if (error instanceof AppError) throw new AppError(error.status, error.code, t.has(error.message) ? t(error.message) : t('generic'));
      throw error;
    }
  });
}
