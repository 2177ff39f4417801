// Test data with unique values, inserted through the app's own client (the file's database).
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/server/auth/password-hash";
import type { Actor } from "@/server/authz/permissions";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";

/** The password every factory user has unless told otherwise (it passes the password policy). */
export const KNOWN_PASSWORD = "correct horse battery staple";

let sequence = 0;
/** Unique per call, across files and runs: a counter and random hex. */
export function unique(prefix = "x"): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomBytes(3).toString("hex")}`;
}

export function uniqueEmail(prefix = "user"): string {
  return `${unique(prefix)}@test.herald.example`;
}

/** A client address from the TEST-NET ranges, unique within the run. */
export function uniqueIp(): string {
  const n = randomBytes(2);
  sequence += 1;
  return `198.51.${n[0]}.${(sequence % 254) + 1}`;
}

// Hashing costs ~20–50 ms; the known password's hash is made once per file (still a real argon2id hash).
const hashes = new Map<string, Promise<string>>();
function hashOf(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password) as Promise<string>;
}

export interface MakeUserOptions {
  roles?: Role[];
  email?: string;
  name?: string;
  password?: string;
  isActive?: boolean;
  locale?: "cs" | "en";
}

export async function makeUser(options: MakeUserOptions = {}) {
  const email = (options.email ?? uniqueEmail()).toLowerCase();
  const user = await db.user.create({
    data: {
      email,
      name: options.name ?? `Test ${unique("user")}`,
      passwordHash: await hashOf(options.password ?? KNOWN_PASSWORD),
      roles: options.roles ?? ["PR_STAFF"],
      locale: options.locale ?? "cs",
      isActive: options.isActive ?? true,
    },
  });
  return { user, actor: toActor(user), password: options.password ?? KNOWN_PASSWORD };
}

export function makeAdmin(options: Omit<MakeUserOptions, "roles"> = {}) {
  return makeUser({ ...options, roles: ["ADMIN"] });
}

export function toActor(user: { id: string; name: string; email: string; roles: Role[]; locale: string }): Actor {
  return { id: user.id, name: user.name, email: user.email, roles: [...user.roles], locale: user.locale };
}
