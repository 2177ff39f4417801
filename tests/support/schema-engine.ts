import { applyMigrations } from "@/server/migrations/migrations";

export function migrateDatabase(url: string): Promise<string[]> {
  return applyMigrations(url);
}
