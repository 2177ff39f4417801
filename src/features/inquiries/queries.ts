import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { getOfficeSettings } from "@/features/settings/queries";
import { type Actor, PERMISSIONS, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { FOI_RULES, type FoiLaw } from "./foi";
import { allowedActions, isOverdue, isSpokespersonAway } from "./policy";
import { answerBankFilterSchema, DONE_STATUSES, INQUIRY_PAGE_SIZE, INQUIRY_SORT_DIRECTIONS, inquiryListFilterSchema, statsFilterSchema } from "./schema";
import { cityIsoDate, dbDateToIso } from "./time";

const overdueWhere = (now: Date): Prisma.InquiryWhereInput => ({ deadline: { lt: now }, status: { notIn: [...DONE_STATUSES] } });

/** The list: filters, search (number or words of the question and answer), sorting, pages of 25. */
export async function listInquiries(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "inquiry.view");
  const filter = parseInput(inquiryListFilterSchema, rawFilter ?? {});
  const conditions: Prisma.InquiryWhereInput[] = [];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.ownerId) conditions.push({ ownerId: filter.ownerId });
  if (filter.channel) conditions.push({ channel: filter.channel });
  if (filter.foi) conditions.push({ isFoiRequest: true });
  if (filter.overdue) conditions.push(overdueWhere(now));
  if (filter.open) conditions.push({ status: { notIn: [...DONE_STATUSES] } });
  if (filter.q) {
    const ids = await searchIds(filter.q);
    conditions.push({ OR: [{ id: { in: ids } }, { number: { contains: filter.q, mode: "insensitive" } }] });
  }
  const where: Prisma.InquiryWhereInput = { AND: conditions };
  const dir = filter.dir ?? INQUIRY_SORT_DIRECTIONS[filter.sort];
  const orderBy: Prisma.InquiryOrderByWithRelationInput[] = {
    // Open inquiries first (no answer yet), by deadline; then the answered ones, newest answer first.
    deadline: [{ answeredAt: { sort: "desc" as const, nulls: "first" as const } }, { deadline: dir }],
    receivedAt: [{ receivedAt: dir }],
    number: [{ number: dir }],
    status: [{ status: dir }, { deadline: "asc" as const }],
  }[filter.sort];
  const [total, overdueCount, rows] = await Promise.all([
    db.inquiry.count({ where }),
    db.inquiry.count({ where: overdueWhere(now) }),
    db.inquiry.findMany({
      where,
      orderBy: [...orderBy, { id: "desc" }],
      skip: (filter.page - 1) * INQUIRY_PAGE_SIZE,
      take: INQUIRY_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        subject: true,
        status: true,
        channel: true,
        receivedAt: true,
        deadline: true,
        isFoiRequest: true,
        foiDeadline: true,
        requesterName: true,
        contact: { select: { name: true } },
        outlet: { select: { name: true } },
        owner: { select: { id: true, name: true } },
      },
    }),
  ]);
  return {
    rows: rows.map(({ contact, outlet, requesterName, foiDeadline, ...row }) => ({
      ...row,
      foiDeadline: foiDeadline ? dbDateToIso(foiDeadline) : null,
      requester: contact?.name ?? requesterName ?? null,
      outletName: outlet?.name ?? null,
      overdue: isOverdue(row, now),
    })),
    total,
    overdueCount,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / INQUIRY_PAGE_SIZE)),
  };
}

export type InquiryListRow = Awaited<ReturnType<typeof listInquiries>>["rows"][number];

/** The detail page: the inquiry, its consultations, its history (from the audit log) and the next steps. */
export async function getInquiry(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "inquiry.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const inquiry = await db.inquiry.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      requesterName: true,
      requesterEmail: true,
      channel: true,
      receivedAt: true,
      subject: true,
      question: true,
      deadline: true,
      isFoiRequest: true,
      foiDeadline: true,
      foiLaw: true,
      status: true,
      ownerId: true,
      standInId: true,
      answerDraft: true,
      answerApprovedAt: true,
      answeredAt: true,
      answerChannel: true,
      answerEmail: true,
      sentStatus: true,
      sentError: true,
      sentAt: true,
      clippingUrl: true,
      closedAt: true,
      version: true,
      createdAt: true,
      contact: { select: { id: true, name: true, email: true } },
      outlet: { select: { id: true, name: true } },
      topic: { select: { id: true, nameCs: true, nameEn: true } },
      owner: { select: { id: true, name: true } },
      standIn: { select: { id: true, name: true } },
      answerApprovedBy: { select: { id: true, name: true } },
      release: { select: { id: true, title: true, status: true } },
      consultations: { orderBy: { askedAt: "asc" }, select: { id: true, department: true, person: true, askedAt: true, answeredAt: true, response: true } },
    },
  });
  if (!inquiry) throw new NotFoundError();
  const settings = await getOfficeSettings();
  const away = isSpokespersonAway(settings, cityIsoDate(now, config().CITY_TIME_ZONE));
  const entries = await db.auditLog.findMany({
    where: { entityType: "Inquiry", entityId: inquiry.id },
    orderBy: { id: "asc" },
    select: { id: true, action: true, at: true, actor: { select: { name: true } } },
  });
  return {
    ...inquiry,
    foiDeadline: inquiry.foiDeadline ? dbDateToIso(inquiry.foiDeadline) : null,
    foiCitation: inquiry.foiLaw ? (FOI_RULES[inquiry.foiLaw as FoiLaw]?.citation ?? inquiry.foiLaw) : null,
    overdue: isOverdue(inquiry, now),
    away,
    timeline: entries.map((entry) => ({ id: entry.id.toString(), action: entry.action, at: entry.at, actorName: entry.actor?.name ?? null })),
    allowedActions: allowedActions(actor, inquiry, away),
  };
}

export type InquiryDetail = Awaited<ReturnType<typeof getInquiry>>;

/**
 * The answer bank: earlier answers (ANSWERED or CLOSED), searched without case and diacritics over the
 * question and the answer; the best matches first. Without a search, the 20 newest answers.
 */
export async function searchAnswerBank(actor: Actor | null, rawFilter: unknown = {}) {
  requirePermission(actor, "inquiry.view");
  const filter = parseInput(answerBankFilterSchema, rawFilter ?? {});
  const select = {
    id: true,
    number: true,
    subject: true,
    question: true,
    answerDraft: true,
    answeredAt: true,
    outlet: { select: { name: true } },
    topic: { select: { nameCs: true, nameEn: true } },
  } as const;
  const base: Prisma.InquiryWhereInput = { status: { in: ["ANSWERED", "CLOSED"] }, answerDraft: { not: null }, ...(filter.for ? { id: { not: filter.for } } : {}) };
  if (!filter.q) {
    return { q: null, rows: await db.inquiry.findMany({ where: base, orderBy: { answeredAt: { sort: "desc", nulls: "last" } }, take: 20, select }) };
  }
  const ranked = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Inquiry"
    WHERE "status" IN ('ANSWERED', 'CLOSED') AND "answerDraft" IS NOT NULL
      AND "searchVector" @@ websearch_to_tsquery('simple', "herald_unaccent"(${filter.q}))
    ORDER BY ts_rank("searchVector", websearch_to_tsquery('simple', "herald_unaccent"(${filter.q}))) DESC, "answeredAt" DESC
    LIMIT 50`;
  const order = new Map(ranked.map((row, index) => [row.id, index]));
  const rows = await db.inquiry.findMany({ where: { ...base, id: { in: [...order.keys()], ...(filter.for ? { not: filter.for } : {}) } }, select });
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { q: filter.q, rows };
}

/**
 * Response times (answeredAt − receivedAt) per month of receipt, in the city's time zone: how many were
 * answered, the median and the 90th percentile in hours (PostgreSQL's percentile_cont), how many late.
 */
export async function inquiryStats(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "inquiry.view");
  const filter = parseInput(statsFilterSchema, rawFilter ?? {});
  const timeZone = config().CITY_TIME_ZONE;
  const since = new Date(now.getTime() - filter.months * 31 * 24 * 3_600_000);
  const rows = await db.$queryRaw<Array<{ month: string; received: number; answered: number; late: number; medianHours: number | null; p90Hours: number | null }>>`
    SELECT to_char(date_trunc('month', "receivedAt" AT TIME ZONE ${timeZone}), 'YYYY-MM') AS "month",
           count(*)::int AS "received",
           count("answeredAt")::int AS "answered",
           count(*) FILTER (WHERE "answeredAt" > "deadline")::int AS "late",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("answeredAt" - "receivedAt"))) / 3600)::float8 AS "medianHours",
           (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM ("answeredAt" - "receivedAt"))) / 3600)::float8 AS "p90Hours"
    FROM "Inquiry"
    WHERE "receivedAt" >= ${since}
    GROUP BY 1
    ORDER BY 1 DESC
    LIMIT ${filter.months}`;
  return rows;
}

/** What the forms offer: contacts, outlets, topics, desk staff, recent releases, and who answers now. */
export async function inquiryFormOptions(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "inquiry.view");
  const [contacts, outlets, topics, staff, releases, settings] = await Promise.all([
    db.mediaContact.findMany({ where: { erasedAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 2000, select: { id: true, name: true, email: true, outlet: { select: { id: true, name: true } } } }),
    db.mediaOutlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.topic.findMany({ orderBy: { nameCs: "asc" }, select: { id: true, nameCs: true, nameEn: true } }),
    db.user.findMany({
      where: { isActive: true, roles: { hasSome: [...PERMISSIONS["inquiry.manage"]] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, roles: true },
    }),
    db.pressRelease.findMany({ orderBy: { updatedAt: "desc" }, take: 200, select: { id: true, title: true } }),
    getOfficeSettings(),
  ]);
  const away = isSpokespersonAway(settings, cityIsoDate(now, config().CITY_TIME_ZONE));
  const head = staff.find((user) => user.roles.includes("HEAD_OF_OFFICE")) ?? null;
  const standIn = (settings.inquiryStandInId && staff.find((user) => user.id === settings.inquiryStandInId)) || head;
  return {
    contacts: contacts.map(({ outlet, ...contact }) => ({ ...contact, outletId: outlet?.id ?? null, outletName: outlet?.name ?? null })),
    outlets,
    topics,
    staff: staff.map(({ id, name }) => ({ id, name })),
    releases,
    away,
    awayUntil: settings.awayUntil,
    /** Who answers while the spokesperson is away (the stand-in, else the head of office). */
    standIn: away && standIn ? { id: standIn.id, name: standIn.name } : null,
  };
}

async function searchIds(q: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Inquiry" WHERE "searchVector" @@ websearch_to_tsquery('simple', "herald_unaccent"(${q})) LIMIT 1000`;
  return rows.map((row) => row.id);
}

