import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ValidationError } from "@/server/errors";
import { listMembersWhere } from "./smart-lists";

/**
 * Who chosen lists and contacts reach, for anything the office sends to journalists (a release's
 * distribution, a press-conference invitation): static lists by membership, smart lists by their
 * criteria at this moment, the chosen contacts; never an erased contact (also not from a stale form);
 * one entry per e-mail address. Unknown list or contact ids are a field error. Do-not-contact and
 * unsubscribed contacts are returned with their flags: each sender records or skips them itself.
 */
export async function resolveRecipients(tx: Prisma.TransactionClient, { listIds, contactIds }: { listIds: readonly string[]; contactIds: readonly string[] }) {
  const lists = await tx.distributionList.findMany({ where: { id: { in: [...listIds] } }, select: { id: true, kind: true, criteria: true } });
  if (lists.length !== new Set(listIds).size) throw new ValidationError({ listIds: [{ key: "invalidChoice" }] });
  const chosen = await tx.mediaContact.findMany({ where: { id: { in: [...contactIds] }, erasedAt: null }, select: { id: true } });
  if (chosen.length !== new Set(contactIds).size) throw new ValidationError({ contactIds: [{ key: "invalidChoice" }] });

  const contacts = await tx.mediaContact.findMany({
    where: { erasedAt: null, OR: [{ id: { in: [...contactIds] } }, ...lists.map((list) => listMembersWhere(list))] },
    select: { id: true, name: true, email: true, doNotContact: true, unsubscribedAt: true },
    orderBy: [{ email: "asc" }, { id: "asc" }],
  });
  // E-mails are unique and lower case already; de-duplicate again so that a bad row cannot make two copies.
  const byEmail = new Map<string, (typeof contacts)[number]>();
  for (const contact of contacts) {
    const email = contact.email.trim().toLowerCase();
    if (!byEmail.has(email)) byEmail.set(email, { ...contact, email });
  }
  return [...byEmail.values()];
}
