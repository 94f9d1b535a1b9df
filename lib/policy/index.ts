// The one set of rules: who may act, what they may do to what in which state, who sees what, and
// what presence a client may publish.
export * from './decide';
export * from './presence';
export * from './roles';
export * from './subject';
