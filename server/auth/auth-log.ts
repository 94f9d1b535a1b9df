// What Auth.js reports goes to the log; a refused sign-in (wrong password, too many tries) is an
// everyday event answered to the person, so it is one line, not a stack trace.
import { log } from '@/server/log/log';

// Auth.js's CredentialsSignin and its subclasses carry this `type` (their `name` is the subclass's).
const refusal = (error: Error): error is Error & { code: string } => (error as { type?: unknown }).type === 'CredentialsSignin';

export function logAuthError(error: Error): void {
  if (refusal(error)) log.warn('sign-in refused', { code: error.code });
  else log.error('sign-in failed', { error });
}
