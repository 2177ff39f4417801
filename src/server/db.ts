import "server-only";
import { createPrismaClient, type Db } from "./db-client";

// One client (and so one pool) per process; Next's dev server reloads modules, so keep it on globalThis.
// Created on first use: `next build` imports this module without a database.
const globalForDb = globalThis as unknown as { heraldDb?: Db };

function client(): Db {
  globalForDb.heraldDb ??= createPrismaClient();
  return globalForDb.heraldDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
