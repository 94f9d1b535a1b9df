export const SOURCE: string;
export const TARGET: string;
export function postgresqlSchema(source: string): string;
