import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { budgetTotals } from "./budget";
import { allowedActions } from "./policy";
import { byPrecedence } from "./precedence";
import { visitListQuerySchema } from "./schema";
import { cityToday, dateToDay } from "@/server/calendar-day";
import { programmeClashes } from "./service";

const listSelect = {
  id: true,
  direction: true,
  title: true,
  startDate: true,
  endDate: true,
  counterpart: true,
  partnerCityId: true,
  hostName: true,
  status: true,
  hostUser: { select: { name: true } },
  _count: { select: { participants: { where: { side: "DELEGATION" as const } }, programme: true, bookings: { where: { status: "REQUESTED" as const } } } },
} satisfies Prisma.VisitSelect;

/**
 * The staff list: upcoming and running visits first (soonest first), then past ones (most recent first);
 * filters by direction, status, partner (counterpart text) and a search over title, purpose and counterpart.
 */
export async function listVisits(actor: Actor | null, rawParams: Record<string, string | undefined>, now = new Date()) {
  requirePermission(actor, "visit.view");
  const params = visitListQuerySchema.parse(rawParams);
  const today = new Date(`${cityToday(now)}T00:00:00.000Z`);
  const words = (params.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8);
  const where: Prisma.VisitWhereInput = {
    ...(params.direction ? { direction: params.direction } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.year ? { startDate: { gte: new Date(`${params.year}-01-01T00:00:00Z`), lt: new Date(`${params.year + 1}-01-01T00:00:00Z`) } } : {}),
    // The partner filter takes a partner city's name or any counterpart text.
    ...(params.partner
      ? { OR: [{ counterpart: { contains: params.partner, mode: "insensitive" as const } }, { partnerCity: { is: { name: { contains: params.partner, mode: "insensitive" as const } } } }] }
      : {}),
    AND: words.map((word) => ({
      OR: [{ title: { contains: word, mode: "insensitive" as const } }, { counterpart: { contains: word, mode: "insensitive" as const } }, { purpose: { contains: word, mode: "insensitive" as const } }],
    })),
  };
  const when = params.when ?? "all";
  const [upcoming, past, partners] = await Promise.all([
    when === "past" ? [] : db.visit.findMany({ where: { ...where, endDate: { gte: today } }, select: listSelect, orderBy: [{ startDate: "asc" }, { id: "asc" }], take: 200 }),
    when === "upcoming" ? [] : db.visit.findMany({ where: { ...where, endDate: { lt: today } }, select: listSelect, orderBy: [{ startDate: "desc" }, { id: "desc" }], take: 200 }),
    db.visit.findMany({ distinct: ["counterpart"], select: { counterpart: true }, orderBy: { counterpart: "asc" }, take: 200 }),
  ]);
  const shape = (visit: (typeof upcoming)[number], isUpcoming: boolean) => ({
    id: visit.id,
    direction: visit.direction,
    title: visit.title,
    startDate: dateToDay(visit.startDate),
    endDate: dateToDay(visit.endDate),
    counterpart: visit.counterpart,
    host: visit.hostUser?.name ?? visit.hostName ?? null,
    status: visit.status,
    guestCount: visit._count.participants,
    programmeCount: visit._count.programme,
    unconfirmedBookings: visit._count.bookings,
    upcoming: isUpcoming,
  });
  return {
    rows: [...upcoming.map((visit) => shape(visit, true)), ...past.map((visit) => shape(visit, false))],
    partners: partners.map((row) => row.counterpart),
    params,
  };
}

/**
 * One visit with everything the detail page and the itinerary show. Participants (and every list of
 * people) in order of precedence; dietary needs, contacts and passport/ID notes are *selected* only for
 * visit.viewRestricted, so they never reach other roles' browsers.
 */
export async function getVisit(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "visit.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const restricted = can(actor, "visit.viewRestricted");
  const visit = await db.visit.findUnique({
    where: { id },
    select: {
      id: true,
      direction: true,
      title: true,
      purpose: true,
      startDate: true,
      endDate: true,
      partnerCityId: true,
      counterpart: true,
      hostName: true,
      hostUserId: true,
      hostUser: { select: { name: true } },
      status: true,
      budgetMinor: true,
      briefingHtml: true,
      report: true,
      reportRelease: { select: { id: true, title: true, status: true } },
      cancelledAt: true,
      completedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      participants: {
        select: {
          id: true,
          side: true,
          userId: true,
          name: true,
          function: true,
          organisation: true,
          country: true,
          role: true,
          rank: true,
          ...(restricted ? { dietary: true, contact: true, passportNote: true } : {}),
        },
      },
      programme: {
        select: { id: true, startsAt: true, endsAt: true, place: true, activity: true, responsible: true, pressInvited: true, notes: true, participants: { select: { participantId: true } } },
        orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }],
      },
      bookings: { select: { id: true, kind: true, supplier: true, details: true, costMinor: true, currency: true, status: true, version: true }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] },
      gifts: {
        select: { id: true, direction: true, description: true, quantity: true, counterparty: true, estimatedValueMinor: true, currency: true, date: true, decision: true, promoItemId: true, stockMovementId: true },
        orderBy: [{ direction: "asc" }, { date: "asc" }, { createdAt: "asc" }],
      },
      expenses: {
        select: { id: true, category: true, description: true, plannedMinor: true, actualMinor: true, currency: true, rateToCzk: true, documentNumber: true },
        orderBy: [{ category: "asc" }, { createdAt: "asc" }],
      },
      files: { select: { id: true, kind: true, fileName: true, caption: true, byteSize: true }, orderBy: [{ kind: "asc" }, { position: "asc" }] },
    },
  });
  if (!visit) throw new NotFoundError();
  type Person = (typeof visit.participants)[number] & { dietary?: string | null; contact?: string | null; passportNote?: string | null };
  const participants = byPrecedence(visit.participants as Person[]);
  const order = new Map(participants.map((person, index) => [person.id, index]));
  const byId = new Map(participants.map((person) => [person.id, person]));
  const programme = visit.programme.map(({ participants: links, ...item }) => ({
    ...item,
    participants: links
      .map((link) => byId.get(link.participantId))
      .filter((person): person is Person => Boolean(person))
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((person) => ({ id: person.id, name: person.name })),
  }));
  const expenses = visit.expenses.map((expense) => ({ ...expense, rateToCzk: expense.rateToCzk.toString() }));
  const clashes = visit.status === "CANCELLED" ? { internal: [], commitments: [] } : await programmeClashes(db, visit.id);
  const facts = {
    status: visit.status,
    startDate: dateToDay(visit.startDate),
    programmeCount: visit.programme.length,
    guestCount: participants.filter((person) => person.side === "DELEGATION").length,
    requestedBookings: visit.bookings.filter((booking) => booking.status === "REQUESTED").length,
  };
  return {
    ...visit,
    startDate: dateToDay(visit.startDate),
    endDate: dateToDay(visit.endDate),
    host: visit.hostUser?.name ?? visit.hostName ?? null,
    participants,
    programme,
    expenses,
    gifts: visit.gifts.map((gift) => ({ ...gift, date: dateToDay(gift.date) })),
    budget: budgetTotals(expenses, visit.budgetMinor),
    clashes,
    restricted,
    facts,
    allowed: allowedActions(facts, cityToday(now)),
  };
}
export type VisitDetail = Awaited<ReturnType<typeof getVisit>>;

/** The office-wide gifts register: every gift received, newest first, with its visit and decision. */
export async function listGiftRegister(actor: Actor | null) {
  requirePermission(actor, "visit.view");
  const rows = await db.visitGift.findMany({
    where: { direction: "RECEIVED" },
    select: {
      id: true,
      description: true,
      quantity: true,
      counterparty: true,
      estimatedValueMinor: true,
      currency: true,
      date: true,
      decision: true,
      visit: { select: { id: true, title: true, counterpart: true } },
    },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: 1000,
  });
  return rows.map((row) => ({ ...row, date: dateToDay(row.date) }));
}

/** What the visit forms offer: active staff (hosts, the city's people in a delegation). */
export async function visitFormOptions(actor: Actor | null) {
  requirePermission(actor, "visit.manage");
  const [staff, partnerCities, promoItems] = await Promise.all([
    db.user.findMany({ where: { isActive: true, NOT: { roles: { equals: ["ADMIN"] } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.partnerCity.findMany({ select: { id: true, name: true, country: true }, orderBy: { name: "asc" } }),
    // Gifts from stock: active items with something on hand (issueStock checks the quantity again).
    db.promoItem.findMany({ where: { isActive: true, onHand: { gt: 0 } }, select: { id: true, name: true, onHand: true, unit: true }, orderBy: { name: "asc" } }),
  ]);
  return { staff, partnerCities, promoItems };
}
