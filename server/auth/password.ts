import bcrypt from 'bcryptjs';

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so a missing account takes as long as a wrong password.
export const TIMING_DECOY_HASH = '$2b$12$2fxdufswdZRutgL8ZoB0COjgi4i0H4iDyw2QeHYblp8j.fqmxRXZK';
