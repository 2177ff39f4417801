// Stands in for the "server-only" package under vitest: its real entry throws outside React's server build.
export {};
