import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { visibleWhere } from "./policy";
import { submitForReview } from "./service";

const bulkSchema = z.strictObject({ ids: z.preprocess((value) => (typeof value === "string" ? [value] : value ?? []), z.array(z.uuid()).min(1).max(100)) });

/**
 * Bulk actions of the staff list: each release goes through the same service step as a single one
 * (its own permission check, transaction and audit entry); one that may not take the step is counted
 * as failed and the rest go on.
 */
export async function submitSelectedForReview(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const { ids } = parseInput(bulkSchema, rawInput);
  const releases = await db.pressRelease.findMany({ where: { id: { in: ids }, ...visibleWhere(actor) }, select: { id: true, version: true } });
  let done = 0;
  for (const release of releases) {
    try {
      await submitForReview(actor, { id: release.id, version: release.version });
      done += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { done, failed: ids.length - done };
}
