// npm run db:migrate — applies pending migrations (what `prisma migrate deploy` does), offline.
import { withDatabase } from "@/server/embedded-db/resolve-database";
import { applyMigrations } from "@/server/migrations/migrations";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
});
