import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { readContactHistory } from "./history";
import { findDuplicatePairs, normalizeText } from "./normalize";
import { type ContactFilter, contactFilterSchema, CONTACTS_PAGE_SIZE, INFORM_WITHIN_DAYS } from "./schema";
import { anyOutletWhere, listMembersWhere, parseCriteria } from "./smart-lists";

const DAY = 24 * 3600 * 1000;

/** Erased contacts are tombstones: never in a search, a list, a picker or an export. */
const LIVE = { erasedAt: null } as const;

/** GDPR Art. 14: created more than a month ago and still not informed. */
export function informOverdueWhere(now: Date): Prisma.MediaContactWhereInput {
  return { ...LIVE, informedAt: null, createdAt: { lt: new Date(now.getTime() - INFORM_WITHIN_DAYS * DAY) } };
}

export function contactWhere(filter: ContactFilter, now = new Date()): Prisma.MediaContactWhereInput {
  const and: Prisma.MediaContactWhereInput[] = [LIVE];
  if (filter.q) {
    // Every word must match the contact (name, e-mail, role, beats) or one of its outlets (name, region):
    // the primary or a further one. Outlets are matched through their own searchText, so renaming an
    // outlet needs no contact to be rewritten.
    for (const word of normalizeText(filter.q).split(" ").filter(Boolean).slice(0, 8)) {
      and.push({ OR: [{ searchText: { contains: word } }, anyOutletWhere({ searchText: { contains: word } })] });
    }
  }
  if (filter.outletId) and.push({ OR: [{ outletId: filter.outletId }, { affiliations: { some: { outletId: filter.outletId } } }] });
  if (filter.kind) and.push(anyOutletWhere({ kind: filter.kind }));
  if (filter.beat) and.push({ beats: { has: filter.beat.toLowerCase() } });
  if (filter.language) and.push({ languages: { has: filter.language.toLowerCase() } });
  if (filter.region) and.push(anyOutletWhere({ region: { equals: filter.region, mode: "insensitive" } }));
  if (filter.dnc) and.push({ doNotContact: true });
  if (filter.filter === "informOverdue") and.push(informOverdueWhere(now));
  return { AND: and };
}

function orderOf(filter: ContactFilter): Prisma.MediaContactOrderByWithRelationInput[] {
  const dir = filter.dir ?? (filter.sort === "createdAt" ? "desc" : "asc");
  switch (filter.sort) {
    case "outlet":
      return [{ outlet: { name: dir } }, { name: "asc" }, { id: "asc" }];
    case "createdAt":
      return [{ createdAt: dir }, { id: "asc" }];
    case "informedAt":
      return [{ informedAt: { sort: dir, nulls: "first" } }, { id: "asc" }];
    default:
      return [{ name: dir }, { id: "asc" }];
  }
}

/** The list's columns: never the private ones (the list does not show them). */
const listSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  beats: true,
  languages: true,
  phone: true,
  informedAt: true,
  doNotContact: true,
  unsubscribedAt: true,
  createdAt: true,
  outlet: { select: { id: true, name: true, kind: true, region: true } },
  /** Further outlets, in the form's order. */
  affiliations: { select: { role: true, outlet: { select: { id: true, name: true, kind: true, region: true } } }, orderBy: { position: "asc" } },
} as const;

export async function listContacts(actor: Actor | null, rawFilter: unknown, now = new Date()) {
  requirePermission(actor, "contact.view");
  const filter = parseInput(contactFilterSchema, rawFilter ?? {});
  const where = contactWhere(filter, now);
  const total = await db.mediaContact.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CONTACTS_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db.mediaContact.findMany({ where, select: listSelect, orderBy: orderOf(filter), skip: (page - 1) * CONTACTS_PAGE_SIZE, take: CONTACTS_PAGE_SIZE });
  const overdueBefore = now.getTime() - INFORM_WITHIN_DAYS * DAY;
  return {
    rows: rows.map((row) => ({ ...row, informOverdue: row.informedAt === null && row.createdAt.getTime() < overdueBefore })),
    total,
    page,
    pageCount,
    filter,
  };
}

export type ContactListRow = Awaited<ReturnType<typeof listContacts>>["rows"][number];

/** Rows for the CSV/XLSX export of the current filter; private columns only for contact.viewPrivate. */
export async function listContactsForExport(actor: Actor | null, rawFilter: unknown) {
  requirePermission(actor, "contact.view");
  const filter = parseInput(contactFilterSchema, rawFilter ?? {});
  const withPrivate = can(actor, "contact.viewPrivate");
  const rows = await db.mediaContact.findMany({
    where: contactWhere(filter),
    select: { ...listSelect, legalBasis: true, source: true, doNotContactReason: true, ...(withPrivate ? { mobile: true, notes: true } : {}) },
    orderBy: orderOf(filter),
    take: 20_000,
  });
  return { rows: rows as Array<(typeof rows)[number] & { mobile?: string | null; notes?: string | null }>, withPrivate };
}

/** Options of the list's filters (outlets, beats, regions, languages in use). */
export async function listContactFilterOptions(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  const [outlets, tags] = await Promise.all([
    db.mediaOutlet.findMany({ select: { id: true, name: true, kind: true, region: true }, orderBy: { name: "asc" } }),
    db.mediaContact.findMany({ where: LIVE, select: { beats: true, languages: true }, take: 20_000 }),
  ]);
  const beats = [...new Set(tags.flatMap((row) => row.beats))].sort((a, b) => a.localeCompare(b, "cs"));
  const languages = [...new Set(tags.flatMap((row) => row.languages))].sort();
  const regions = [...new Set(outlets.flatMap((outlet) => (outlet.region ? [outlet.region] : [])))].sort((a, b) => a.localeCompare(b, "cs"));
  return { outlets, beats, languages, regions };
}

/** One contact with its history and lists. Mobile and notes only for contact.viewPrivate. */
export async function getContact(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "contact.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const withPrivate = can(actor, "contact.viewPrivate");
  const contact = await db.mediaContact.findFirst({
    where: { id, ...LIVE },
    select: {
      ...listSelect,
      outletId: true,
      legalBasis: true,
      source: true,
      doNotContactReason: true,
      version: true,
      updatedAt: true,
      ...(withPrivate ? { mobile: true, notes: true } : {}),
      lists: { select: { list: { select: { id: true, name: true } } } },
    },
  });
  if (!contact) throw new NotFoundError();
  const history = await readContactHistory(db, id);
  const { lists, ...rest } = contact;
  return {
    ...(rest as typeof rest & { mobile?: string | null; notes?: string | null }),
    withPrivate,
    lists: lists.map((member) => member.list),
    history,
    informOverdue: contact.informedAt === null && contact.createdAt.getTime() < now.getTime() - INFORM_WITHIN_DAYS * DAY,
  };
}

/**
 * GDPR Art. 15/20: everything held about one person, as JSON (contact.erase: the spokesperson handles
 * data-subject requests). Audited (who exported whom, not what).
 */
export async function exportContactData(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "contact.erase");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const contact = await tx.mediaContact.findFirst({
      where: { id, ...LIVE },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        beats: true,
        languages: true,
        phone: true,
        mobile: true,
        notes: true,
        legalBasis: true,
        source: true,
        informedAt: true,
        doNotContact: true,
        doNotContactReason: true,
        unsubscribedAt: true,
        createdAt: true,
        updatedAt: true,
        outlet: { select: { name: true, kind: true, region: true, website: true } },
        affiliations: { select: { role: true, createdAt: true, outlet: { select: { name: true, kind: true, region: true, website: true } } }, orderBy: { position: "asc" } },
        lists: { select: { list: { select: { name: true } } } },
      },
    });
    if (!contact) throw new NotFoundError();
    const distributions = await tx.distributionRecipient.findMany({
      where: { contactId: id },
      select: { email: true, name: true, status: true, sentAt: true, distribution: { select: { createdAt: true, pressRelease: { select: { title: true } } } } },
      orderBy: { distribution: { createdAt: "asc" } },
    });
    await writeAudit(tx, { actorId: actor.id, action: "contact.exportData", entityType: "MediaContact", entityId: id, after: { distributions: distributions.length } });
    const { lists, affiliations, ...person } = contact;
    return {
      exportedAt: now.toISOString(),
      controller: process.env.CITY_NAME ?? null,
      contact: person,
      otherOutlets: affiliations.map((row) => ({ ...row.outlet, role: row.role, since: row.createdAt })),
      distributionLists: lists.map((member) => member.list.name),
      distributionsSent: distributions.map((row) => ({
        release: row.distribution.pressRelease.title,
        queuedAt: row.distribution.createdAt,
        sentAt: row.sentAt,
        status: row.status,
        name: row.name,
        email: row.email,
      })),
      history: await readContactHistory(tx, id),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Outlets

export async function listOutlets(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  const outlets = await db.mediaOutlet.findMany({
    select: {
      id: true,
      name: true,
      kind: true,
      region: true,
      website: true,
      rssUrl: true,
      _count: { select: { contacts: { where: LIVE }, affiliations: { where: { contact: LIVE } } } },
    },
    orderBy: { name: "asc" },
  });
  // Journalists for whom it is the primary outlet and those who write for it besides (a contact is one
  // or the other: a further outlet is never the primary one).
  return outlets.map(({ _count, ...outlet }) => ({ ...outlet, contactCount: _count.contacts + _count.affiliations }));
}

export async function listOutletOptions(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  return db.mediaOutlet.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function getOutlet(actor: Actor | null, id: string) {
  requirePermission(actor, "contact.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const outlet = await db.mediaOutlet.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      region: true,
      website: true,
      rssUrl: true,
      notes: true,
      deadlineDays: true,
      deadlineTime: true,
      version: true,
      contacts: { where: LIVE, select: { id: true, name: true, role: true, email: true }, orderBy: { name: "asc" } },
      affiliations: { where: { contact: LIVE }, select: { role: true, contact: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!outlet) throw new NotFoundError();
  // Both kinds of journalists: the outlet is their primary one, or one they write for besides.
  const { affiliations, contacts, ...rest } = outlet;
  const journalists = [
    ...contacts.map((contact) => ({ ...contact, primary: true })),
    ...affiliations.map((row) => ({ ...row.contact, role: row.role, primary: false })),
  ].sort((a, b) => a.name.localeCompare(b.name, "cs") || a.id.localeCompare(b.id));
  return { ...rest, contacts: journalists };
}

// ---------------------------------------------------------------------------------------------------
// Duplicates

export async function listDuplicatePairs(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  const contacts = await db.mediaContact.findMany({
    where: LIVE,
    select: { id: true, name: true, email: true, outletId: true, createdAt: true, outlet: { select: { name: true } } },
    take: 20_000,
  });
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const view = (id: string) => {
    const contact = byId.get(id)!;
    return { id, name: contact.name, email: contact.email, outletName: contact.outlet?.name ?? null, createdAt: contact.createdAt };
  };
  return findDuplicatePairs(contacts).map((pair) => ({ reason: pair.reason, score: pair.score, a: view(pair.a), b: view(pair.b) }));
}

// ---------------------------------------------------------------------------------------------------
// Distribution lists and the distribution picker

async function memberCount(list: { id: string; kind: "STATIC" | "SMART"; criteria: unknown }) {
  return db.mediaContact.count({ where: listMembersWhere(list) });
}

/** Contacts with their outlet and the flags that stop mailing, for choosing recipients. Never erased ones. */
export async function listContactsForPicker(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  const contacts = await db.mediaContact.findMany({
    where: LIVE,
    select: { id: true, name: true, email: true, doNotContact: true, unsubscribedAt: true, outlet: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 2000,
  });
  return contacts.map(({ outlet, unsubscribedAt, ...contact }) => ({
    ...contact,
    outletName: outlet?.name ?? null,
    isUnsubscribed: unsubscribedAt !== null,
  }));
}

/** Distribution lists with how many (live) members each has; a smart list's members are computed now. */
export async function listDistributionListsForPicker(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  const lists = await db.distributionList.findMany({
    select: { id: true, name: true, description: true, kind: true, criteria: true },
    orderBy: { name: "asc" },
  });
  return Promise.all(lists.map(async ({ criteria, ...list }) => ({ ...list, memberCount: await memberCount({ ...list, criteria }) })));
}

export async function getDistributionList(actor: Actor | null, id: string) {
  requirePermission(actor, "contact.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const list = await db.distributionList.findUnique({ where: { id }, select: { id: true, name: true, description: true, kind: true, criteria: true, version: true } });
  if (!list) throw new NotFoundError();
  const members = await db.mediaContact.findMany({
    where: listMembersWhere(list),
    select: { id: true, name: true, email: true, doNotContact: true, unsubscribedAt: true, outlet: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 2000,
  });
  return { ...list, criteria: parseCriteria(list.criteria), members };
}
