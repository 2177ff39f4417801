import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getOfficeSettings } from "@/features/settings/queries";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { eventBudgetTotals, lineOverrun } from "./budget";
import { allowedActions } from "./policy";
import { eventListSchema } from "./schema";
import { cityToday, dateToDay } from "@/server/calendar-day";
import { eventClashes } from "./service";
import { budgetApprovalPendingIds } from "./overview";
import { TASK_TEMPLATES } from "./templates";

/** The staff list: a year (default: this one) ordered by first day, with filters by type, status and a search over title and venues. */
export async function listEvents(actor: Actor | null, rawParams: Record<string, string | undefined>, now = new Date()) {
  requirePermission(actor, "event.view");
  const parsed = eventListSchema.safeParse(rawParams);
  const params = parsed.success ? parsed.data : {};
  const year = params.year ?? Number(cityToday(now).slice(0, 4));
  const words = (params.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8);
  const pendingIds = params.approval
    ? (await db.$queryRaw<Array<{ id: string }>>(budgetApprovalPendingIds((await getOfficeSettings()).eventBudgetApprovalLimit * 100))).map((row) => row.id)
    : null;
  const where: Prisma.EventWhereInput = {
    ...(pendingIds ? { id: { in: pendingIds } } : { startDate: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } }),
    ...(params.type ? { type: params.type } : {}),
    ...(params.status ? { status: params.status } : {}),
    AND: words.map((word) => ({ OR: [{ title: { contains: word, mode: "insensitive" as const } }, { venues: { contains: word, mode: "insensitive" as const } }] })),
  };
  const rows = await db.event.findMany({
    where,
    select: {
      id: true,
      title: true,
      type: true,
      startDate: true,
      endDate: true,
      isPublic: true,
      status: true,
      budgetLines: { select: { plannedMinor: true, actualMinor: true, vatPercent: true } },
      _count: { select: { tasks: { where: { doneAt: null } } } },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 500,
  });
  return {
    params: { ...params, year },
    rows: rows.map((row) => {
      const totals = eventBudgetTotals(row.budgetLines);
      return {
        id: row.id,
        title: row.title,
        type: row.type,
        startDate: dateToDay(row.startDate),
        endDate: dateToDay(row.endDate),
        isPublic: row.isPublic,
        status: row.status,
        plannedMinor: totals.plannedMinor,
        actualMinor: totals.actualMinor,
        overrun: totals.overrun,
        openTasks: row._count.tasks,
      };
    }),
  };
}

/** One event with everything the detail page shows; clashes of the leadership as warnings. */
export async function getEvent(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "event.view");
  const event = await db.event.findUnique({
    where: { id },
    include: {
      programme: { orderBy: [{ startsAt: "asc" }, { id: "asc" }] },
      budgetLines: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      tasks: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      people: { orderBy: [{ role: "asc" }, { startsAt: "asc" }, { name: "asc" }] },
      links: { orderBy: { createdAt: "asc" } },
      files: { select: { id: true, kind: true, fileName: true, caption: true, credit: true, altText: true, publicationConsent: true }, orderBy: [{ kind: "asc" }, { position: "asc" }] },
      stockMovements: { select: { id: true, kind: true, quantity: true, occurredAt: true, item: { select: { name: true } } }, orderBy: { occurredAt: "asc" } },
      pressConference: { select: { id: true, topic: true, startsAt: true } },
    },
  });
  if (!event) throw new NotFoundError();
  const [settings, clashes, users, conferences] = await Promise.all([
    getOfficeSettings(),
    event.status === "CANCELLED" ? [] : eventClashes(db, event.id),
    db.user.findMany({ where: { isActive: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    // The press conference for the media: those around the event's days (a month either side) and the linked one.
    db.pressConference.findMany({
      where: {
        OR: [
          { startsAt: { gte: new Date(event.startDate.getTime() - 31 * 86_400_000), lte: new Date(event.endDate.getTime() + 31 * 86_400_000) } },
          ...(event.pressConferenceId ? [{ id: event.pressConferenceId }] : []),
        ],
      },
      select: { id: true, topic: true, startsAt: true },
      orderBy: { startsAt: "asc" },
      take: 100,
    }),
  ]);
  const totals = eventBudgetTotals(event.budgetLines);
  const today = cityToday(now);
  const limitMinor = settings.eventBudgetApprovalLimit * 100;
  const names = new Map(users.map((user) => [user.id, user.name]));
  return {
    ...event,
    startDate: dateToDay(event.startDate),
    endDate: dateToDay(event.endDate),
    budgetLines: event.budgetLines.map((line) => ({ ...line, overrun: lineOverrun(line) })),
    tasks: event.tasks.map((task) => ({ ...task, dueDate: task.dueDate ? dateToDay(task.dueDate) : null, ownerName: task.ownerId ? (names.get(task.ownerId) ?? null) : null, overdue: !task.doneAt && !!task.dueDate && dateToDay(task.dueDate) < today })),
    totals,
    limitMinor,
    clashes,
    users,
    conferences,
    allowed: allowedActions(
      { status: event.status, startDate: dateToDay(event.startDate), plannedMinor: totals.plannedMinor, approvedMinor: event.budgetApprovedMinor, limitMinor, evaluationNote: event.evaluationNote },
      today,
    ),
    canManage: can(actor, "event.manage"),
    canApprove: can(actor, "event.approveBudget"),
    canIssueItems: can(actor, "event.manage") && can(actor, "promoItem.manage"),
  };
}

export function listTemplates() {
  return TASK_TEMPLATES.map((template) => ({ slug: template.slug, type: template.type, count: template.tasks.length }));
}

/** The owner's own open tasks past their due day, for the home page (every event that is not cancelled). */
export async function listMyOverdueTasks(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "event.view");
  const today = new Date(`${cityToday(now)}T00:00:00.000Z`);
  const rows = await db.eventTask.findMany({
    where: { ownerId: actor.id, doneAt: null, dueDate: { lt: today }, event: { status: { not: "CANCELLED" } } },
    select: { id: true, title: true, dueDate: true, event: { select: { id: true, title: true } } },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: 50,
  });
  return rows.map((row) => ({ id: row.id, title: row.title, dueDate: dateToDay(row.dueDate as Date), eventId: row.event.id, eventTitle: row.event.title }));
}

/**
 * The public calendar: public events that are not over, not IDEA (an idea is not announced) — CANCELLED ones
 * only in the ICS feed (so that calendars drop them). Internal events never.
 */
export async function listPublicEvents(now: Date, options: { includeCancelled?: boolean } = {}) {
  const today = new Date(`${cityToday(now)}T00:00:00.000Z`);
  const statuses = ["PLANNED", "CONFIRMED", "HELD", ...(options.includeCancelled ? ["CANCELLED"] : [])] as Array<"PLANNED" | "CONFIRMED" | "HELD" | "CANCELLED">;
  const rows = await db.event.findMany({
    where: { isPublic: true, status: { in: statuses }, endDate: { gte: today } },
    select: {
      id: true,
      title: true,
      type: true,
      startDate: true,
      endDate: true,
      venues: true,
      organiser: true,
      partnerName: true,
      publicDescription: true,
      status: true,
      version: true,
      updatedAt: true,
      programme: { select: { startsAt: true, endsAt: true, title: true, venue: true }, orderBy: { startsAt: "asc" } },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 200,
  });
  return rows.map((row) => ({ ...row, startDate: dateToDay(row.startDate), endDate: dateToDay(row.endDate) }));
}
export type PublicEvent = Awaited<ReturnType<typeof listPublicEvents>>[number];
