// zod for code the browser runs. Pages forbid eval (Content-Security-Policy), and zod probes for it
// when its first object schema is built, which the browser reports as a violation; so in the
// browser it parses without compiling, set here before any schema exists. Servers keep the faster path.
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };
