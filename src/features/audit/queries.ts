import "server-only";
import { TZDate } from "@date-fns/tz";
import type { Prisma } from "@/generated/prisma/client";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { AUDIT_PAGE_SIZE, type AuditFilter } from "./schema";

/** Newest first, by keyset (the log only grows: no OFFSET, no count). */
export async function listAuditEntries(actor: Actor | null, filter: AuditFilter) {
  requirePermission(actor, "audit.view");
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.before ? { id: { lt: filter.before } } : {}),
    at: {
      ...(filter.from ? { gte: startOfCityDay(filter.from) } : {}),
      ...(filter.to ? { lt: startOfCityDay(filter.to, 1) } : {}),
    },
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      ip: true,
      actor: { select: { id: true, name: true } },
    },
  });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const entries = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, id: row.id.toString() }));
  return { entries, nextBefore: hasMore ? entries[entries.length - 1].id : null };
}

function startOfCityDay(isoDate: string, addDays = 0): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new TZDate(year, month - 1, day + addDays, config().CITY_TIME_ZONE);
}
