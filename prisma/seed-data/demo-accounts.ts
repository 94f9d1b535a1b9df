import type { Role } from '@/lib/policy/roles';

export const DEMO_PASSWORD = 'civictwin-demo';

export const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: 'citizen@example.org', name: 'Sam Okafor', role: 'citizen' },
  { email: 'facilitator@example.org', name: 'Fran Keller', role: 'facilitator' },
  { email: 'councillor@example.org', name: 'Cllr Maria Lopes', role: 'councillor' },
  { email: 'admin@example.org', name: 'Alex Morgan', role: 'admin' },
];
