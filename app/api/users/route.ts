import { getLocale } from 'next-intl/server';

import { actingSubject } from '@/server/auth/actor';
import { enforceSignUpLimit } from '@/server/auth/sign-up-limit';
import { listAccounts } from '@/server/domain/users/list-accounts';
import { registerCitizen } from '@/server/domain/users/register-citizen';
import { handleRoute } from '@/server/http/app-error';
import { clientAddress } from '@/server/http/client-address';
import { readJson } from '@/server/http/read-json';

/** Sign-up: creates a citizen account. Refusals carry a code that the form shows in the person's language. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    await enforceSignUpLimit(clientAddress(request));
    const user = await registerCitizen(await readJson(request), await getLocale());
    return Response.json({ user }, { status: 201 });
  });
}

/** Administrators list accounts: ?q= (start of a name or e-mail), role, state, limit, cursor. */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json(await listAccounts(actor, Object.fromEntries(new URL(request.url).searchParams)));
  });
}
