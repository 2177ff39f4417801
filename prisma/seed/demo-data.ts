// Demo data for a fictional city office ("Město Horní Lhota"). Idempotent: records are matched by a
// natural key and left alone when present, so `npm run db:seed` can run any number of times.
// Every person here is invented; never put real staff or journalists into demo data.
import { createPrismaClient } from "../../src/server/db-client";
import { hashPassword } from "../../src/server/auth/password-hash";
import type { Role } from "../../src/server/authz/roles";

export const DEMO_PASSWORD = "herald-demo-2026";

export const DEMO_USERS: Array<{ email: string; name: string; roles: Role[]; locale: string; isActive?: boolean }> = [
  { email: "head@herald.example", name: "Alena Dvořáková", roles: ["HEAD_OF_OFFICE"], locale: "cs" },
  { email: "spokesperson@herald.example", name: "Tomáš Hrubý", roles: ["SPOKESPERSON"], locale: "cs" },
  { email: "pr@herald.example", name: "Kateřina Šťastná", roles: ["PR_STAFF"], locale: "cs" },
  { email: "assistant@herald.example", name: "Lucie Řeháková", roles: ["ASSISTANT"], locale: "cs" },
  { email: "admin@herald.example", name: "Jiří Novotný", roles: ["ADMIN"], locale: "cs" },
  { email: "marketa.souckova@herald.example", name: "Markéta Součková", roles: ["PR_STAFF", "SPOKESPERSON"], locale: "cs" },
  { email: "emily.clarke@herald.example", name: "Emily Clarke", roles: ["PR_STAFF"], locale: "en" },
  { email: "david.cerny@herald.example", name: "David Černý", roles: ["ASSISTANT"], locale: "cs", isActive: false },
];

/** Returns true when it loaded the demo data, false when `onlyIfEmpty` found users already. */
export async function seedDemoData(databaseUrl: string, options: { onlyIfEmpty?: boolean } = {}): Promise<boolean> {
  const db = createPrismaClient(databaseUrl);
  try {
    if (options.onlyIfEmpty && (await db.user.count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      await db.user.upsert({
        where: { email: user.email },
        update: {},
        create: { ...user, isActive: user.isActive ?? true, passwordHash },
      });
    }
    return true;
  } finally {
    await db.$disconnect();
  }
}
