import "server-only";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";

const collator = new Intl.Collator("cs");

/** Guests of honour in precedence: rank (1 first), then name (Czech collation), as the visits module orders people. */
export function guestsByPrecedence<T extends { rank: number; name: string }>(guests: readonly T[]): T[] {
  return [...guests].sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name));
}

export async function listCeremonies(actor: Actor | null) {
  requirePermission(actor, "ceremony.view");
  return db.ceremony.findMany({
    orderBy: [{ date: "desc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      title: true,
      date: true,
      venue: true,
      status: true,
      slots: { select: { capacity: true, booked: true } },
    },
  });
}

const registrationSelect = {
  id: true,
  type: true,
  names: true,
  childName: true,
  childBirthDate: true,
  jubileeDate: true,
  address: true,
  email: true,
  phone: true,
  guests: true,
  photoConsent: true,
  consentVersion: true,
  consentAt: true,
  consentSource: true,
  rsvp: true,
  attended: true,
  slotId: true,
  erasedAt: true,
  version: true,
  createdAt: true,
  mails: { select: { kind: true, status: true } },
} as const;

export async function getCeremony(actor: Actor | null, id: string) {
  requirePermission(actor, "ceremony.view");
  const ceremony = await db.ceremony.findUnique({
    where: { id },
    include: {
      slots: { orderBy: { startsAt: "asc" } },
      wreaths: { orderBy: { position: "asc" } },
      guests: true,
      registrations: { select: registrationSelect, orderBy: { createdAt: "asc" } },
    },
  });
  if (!ceremony) throw new NotFoundError();
  return { ...ceremony, guests: guestsByPrecedence(ceremony.guests) };
}

/** Registrations waiting for a slot of this type (not erased). */
export async function listWaitingRegistrations(actor: Actor | null, type?: string) {
  requirePermission(actor, "ceremony.view");
  return db.ceremonyRegistration.findMany({
    where: { slotId: null, erasedAt: null, ...(type ? { type: type as "WELCOMING" } : {}) },
    select: registrationSelect,
    orderBy: { createdAt: "asc" },
  });
}

/** The letters of a ceremony's scheduled registrations (mail merge on the letterhead). */
export async function getLetters(actor: Actor | null, ceremonyId: string) {
  requirePermission(actor, "ceremony.view");
  const ceremony = await db.ceremony.findUnique({
    where: { id: ceremonyId },
    select: {
      id: true,
      title: true,
      venue: true,
      officiant: true,
      date: true,
      programme: true,
      registrations: {
        where: { slotId: { not: null }, erasedAt: null },
        select: { id: true, names: true, childName: true, address: true, guests: true, rsvpToken: true, slot: { select: { startsAt: true } } },
        orderBy: [{ slot: { startsAt: "asc" } }, { names: "asc" }],
      },
    },
  });
  if (!ceremony) throw new NotFoundError();
  return ceremony;
}

/** Anonymous statistics per type and year (erased registrations count too: they keep no personal data). */
export async function getCeremonyStats(actor: Actor | null) {
  requirePermission(actor, "ceremony.view");
  const rows = await db.$queryRaw<Array<{ type: string; year: number; registrations: number; attended: number; guests: number; ceremonies: number }>>`
    SELECT r."type"::text AS "type",
           EXTRACT(YEAR FROM COALESCE(c."date", r."createdAt"))::int AS "year",
           COUNT(*)::int AS "registrations",
           COUNT(*) FILTER (WHERE r."attended")::int AS "attended",
           COALESCE(SUM(r."guests"), 0)::int AS "guests",
           COUNT(DISTINCT c."id")::int AS "ceremonies"
    FROM "CeremonyRegistration" r LEFT JOIN "Ceremony" c ON c."id" = r."ceremonyId"
    GROUP BY 1, 2 ORDER BY 2 DESC, 1`;
  return rows;
}

/** The public RSVP page: only what the family needs, by token. */
export async function getRsvpByToken(token: string) {
  const registration = await db.ceremonyRegistration.findUnique({
    where: { rsvpToken: token },
    select: { names: true, rsvp: true, erasedAt: true, slot: { select: { startsAt: true } }, ceremony: { select: { title: true, venue: true, status: true } } },
  });
  if (!registration || registration.erasedAt || !registration.ceremony) return null;
  return registration;
}

/** Items on hand that can be given as gifts (only for those who may issue stock). */
export async function listGiftItems(actor: Actor | null) {
  requirePermission(actor, "ceremony.manage");
  requirePermission(actor, "promoItem.manage");
  return db.promoItem.findMany({ where: { isActive: true, onHand: { gt: 0 } }, select: { id: true, name: true, onHand: true }, orderBy: { name: "asc" } });
}
