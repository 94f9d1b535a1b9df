// What Auth.js reports goes to the log; a refused sign-in (wrong password, too many tries) is an
// everyday event answered to the person, so it is one line, not a stack trace.

// Auth.js's CredentialsSignin and its subclasses carry this `type` (their `name` is the subclass's).
const refusal = (error: Error): error is Error & { code: string } => (error as { type?: unknown }).type === 'CredentialsSignin';

export function logAuthError(error: Error): void {
  if (refusal(error)) console.warn(`sign-in refused: ${error.code}`);
  else console.error(error);
}
