import "server-only";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";

// Minimal for now (the distribution picker); the media-desk work grows this module.

/** Contacts with their outlet and the flags that stop mailing, for choosing recipients. */
export async function listContactsForPicker(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  const contacts = await db.mediaContact.findMany({
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

/** Distribution lists with how many members each has. */
export async function listDistributionListsForPicker(actor: Actor | null) {
  requirePermission(actor, "contact.view");
  const lists = await db.distributionList.findMany({
    select: { id: true, name: true, description: true, _count: { select: { members: true } } },
    orderBy: { name: "asc" },
  });
  return lists.map(({ _count, ...list }) => ({ ...list, memberCount: _count.members }));
}
