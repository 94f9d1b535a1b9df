import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

// Messages are catalogue keys under "auth.errors" for the sign-in and sign-up forms; the server answers
// with `{ field, problem }` (lib/errors/input-problem.ts).
export const emailSchema = wellFormedText()
  .trim()
  .toLowerCase()
  .max(254, 'emailTooLong')
  .pipe(z.email('emailInvalid'));

export const passwordSchema = wellFormedText().min(10, 'passwordTooShort').max(200, 'passwordTooLong');

export const displayNameSchema = wellFormedText()
  .trim()
  .min(2, 'nameTooShort')
  .max(60, 'nameTooLong')
  .refine((name) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(name), 'nameInvalid');

export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const credentialsSchema = z.object({
  email: emailSchema,
  password: wellFormedText().min(1, 'passwordRequired').max(200, 'passwordTooLong'),
});
export type CredentialsInput = z.infer<typeof credentialsSchema>;
