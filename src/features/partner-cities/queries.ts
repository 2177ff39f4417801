import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { cityIsoDate } from "@/features/inquiries/time";
import { type Actor, can, PERMISSIONS, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { type ActionStatus, correspondenceFilterSchema, foldText, isReplyOverdue, partnerListFilterSchema, planProgress } from "./schema";
import { readPartnerTimeline } from "./timeline";

const today = (now: Date) => cityIsoDate(now, config().CITY_TIME_ZONE);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Overdue replies: the last day has passed (DATE < today in the city) and no reply is recorded. */
const overdueWhere = (now: Date): Prisma.PartnerCorrespondenceWhereInput => ({ replyDue: { lt: new Date(`${today(now)}T00:00:00Z`) }, repliedAt: null });

/** For the dashboard: how many replies to partner cities are overdue, office-wide. */
export async function countOverdueCorrespondence(actor: Actor | null, now = new Date()): Promise<number> {
  requirePermission(actor, "partnerCity.view");
  return db.partnerCorrespondence.count({ where: overdueWhere(now) });
}

/** The list: status and country filters, a search without case and diacritics; one row a partner city. */
export async function listPartnerCities(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "partnerCity.view");
  const filter = parseInput(partnerListFilterSchema, rawFilter ?? {});
  const conditions: Prisma.PartnerCityWhereInput[] = [];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.country) conditions.push({ country: filter.country });
  if (filter.q) for (const word of foldText(filter.q).split(" ").filter(Boolean)) conditions.push({ searchText: { contains: word } });
  const dir = filter.dir ?? (filter.sort === "since" ? "desc" : "asc");
  const orderBy: Prisma.PartnerCityOrderByWithRelationInput[] = {
    name: [{ name: dir }],
    country: [{ country: dir }, { name: "asc" as const }],
    status: [{ status: dir }, { name: "asc" as const }],
    since: [{ agreementDate: { sort: dir, nulls: "last" as const } }, { name: "asc" as const }],
  }[filter.sort];
  const year = Number(today(now).slice(0, 4));
  const [rows, countries, overdue] = await Promise.all([
    db.partnerCity.findMany({
      where: { AND: conditions },
      orderBy: [...orderBy, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        name: true,
        country: true,
        region: true,
        status: true,
        agreementDate: true,
        languages: true,
        plans: { orderBy: { year: "desc" }, take: 1, where: { year: { lte: year } }, select: { year: true, actions: { select: { status: true } } } },
      },
    }),
    db.partnerCity.findMany({ distinct: ["country"], orderBy: { country: "asc" }, select: { country: true } }),
    db.partnerCorrespondence.groupBy({ by: ["partnerCityId"], where: overdueWhere(now), _count: true }),
  ]);
  const overdueBy = new Map(overdue.map((row) => [row.partnerCityId, row._count]));
  return {
    rows: rows.map(({ plans, agreementDate, ...row }) => ({
      ...row,
      since: iso(agreementDate),
      plan: plans[0] ? { year: plans[0].year, ...planProgress(plans[0].actions as Array<{ status: ActionStatus }>) } : null,
      overdueReplies: overdueBy.get(row.id) ?? 0,
    })),
    countries: countries.map((row) => row.country),
    overdueTotal: [...overdueBy.values()].reduce((sum, count) => sum + count, 0),
  };
}

export type PartnerCityListRow = Awaited<ReturnType<typeof listPartnerCities>>["rows"][number];

/** The city's page: everything, with plan progress, overdue flags and the timeline. */
export async function getPartnerCity(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "partnerCity.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const city = await db.partnerCity.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      country: true,
      region: true,
      status: true,
      agreementDate: true,
      languages: true,
      areas: true,
      notes: true,
      version: true,
      agreementResolution: { select: { id: true, body: true, number: true, title: true, adoptedOn: true } },
      // Personal data of the partner's people: read only here, behind partnerCity.view.
      contacts: { orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, function: true, email: true, phone: true } },
      activities: { orderBy: [{ date: "desc" }, { id: "desc" }], select: { id: true, kind: true, date: true, title: true, description: true } },
      plans: {
        orderBy: { year: "desc" },
        select: {
          id: true,
          year: true,
          notes: true,
          actions: { orderBy: [{ due: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }], select: { id: true, title: true, status: true, due: true, version: true, owner: { select: { id: true, name: true } } } },
        },
      },
      correspondence: {
        orderBy: [{ date: "desc" }, { id: "desc" }],
        select: {
          id: true,
          direction: true,
          date: true,
          subject: true,
          language: true,
          summary: true,
          translationNeeded: true,
          translatedAt: true,
          replyDue: true,
          repliedAt: true,
          version: true,
          translatedBy: { select: { name: true } },
          responsible: { select: { id: true, name: true } },
        },
      },
      proposals: {
        orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
        select: { id: true, receivedOn: true, summary: true, department: true, passedOnAt: true, answer: true, answeredAt: true, version: true },
      },
      files: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, fileName: true, byteSize: true, createdAt: true } },
    },
  });
  if (!city) throw new NotFoundError();
  const day = today(now);
  const timeline = await db.$transaction((tx) => readPartnerTimeline(tx, city.id));
  return {
    ...city,
    agreementDate: iso(city.agreementDate),
    activities: city.activities.map((row) => ({ ...row, date: iso(row.date) as string })),
    plans: city.plans.map((plan) => ({ ...plan, progress: planProgress(plan.actions), actions: plan.actions.map((action) => ({ ...action, due: iso(action.due) })) })),
    correspondence: city.correspondence.map((row) => toLetter(row, day)),
    proposals: city.proposals.map((row) => ({ ...row, receivedOn: iso(row.receivedOn) as string, passedOnAt: iso(row.passedOnAt), answeredAt: iso(row.answeredAt) })),
    timeline,
    canManage: can(actor, "partnerCity.manage"),
  };
}

export type PartnerCityDetail = Awaited<ReturnType<typeof getPartnerCity>>;

function toLetter<T extends { date: Date; replyDue: Date | null; repliedAt: Date | null; translationNeeded: boolean; translatedAt: Date | null }>(row: T, day: string) {
  const replyDue = iso(row.replyDue);
  return {
    ...row,
    date: iso(row.date) as string,
    replyDue,
    overdue: isReplyOverdue({ replyDue, repliedAt: row.repliedAt }, day),
    awaitingTranslation: row.translationNeeded && !row.translatedAt,
  };
}

/** The office-wide correspondence list (/partner-cities/correspondence): overdue ones first. */
export async function listCorrespondence(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "partnerCity.view");
  const filter = parseInput(correspondenceFilterSchema, rawFilter ?? {});
  const conditions: Prisma.PartnerCorrespondenceWhereInput[] = [];
  if (filter.overdue) conditions.push(overdueWhere(now));
  if (filter.translation) conditions.push({ translationNeeded: true, translatedAt: null });
  if (filter.partnerCityId) conditions.push({ partnerCityId: filter.partnerCityId });
  const [rows, overdueCount] = await Promise.all([
    db.partnerCorrespondence.findMany({
      where: { AND: conditions },
      orderBy: [{ repliedAt: { sort: "desc", nulls: "first" } }, { replyDue: { sort: "asc", nulls: "last" } }, { date: "desc" }, { id: "desc" }],
      take: 500,
      select: {
        id: true,
        direction: true,
        date: true,
        subject: true,
        language: true,
        translationNeeded: true,
        translatedAt: true,
        replyDue: true,
        repliedAt: true,
        partnerCity: { select: { id: true, name: true, country: true } },
        responsible: { select: { name: true } },
      },
    }),
    db.partnerCorrespondence.count({ where: overdueWhere(now) }),
  ]);
  const day = today(now);
  const letters = rows.map((row) => toLetter(row, day));
  // Overdue ones first, then the open ones by deadline (the query's order), then the rest.
  letters.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return { rows: letters, overdueCount };
}

/** What the forms offer: council resolutions (for the agreement) and staff (owners, responsible people). */
export async function partnerFormOptions(actor: Actor | null) {
  requirePermission(actor, "partnerCity.view");
  const [resolutions, staff] = await Promise.all([
    db.councilResolution.findMany({ orderBy: [{ adoptedOn: "desc" }, { number: "desc" }], take: 500, select: { id: true, body: true, number: true, title: true } }),
    db.user.findMany({ where: { isActive: true, roles: { hasSome: [...PERMISSIONS["partnerCity.view"]] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { resolutions, staff };
}
