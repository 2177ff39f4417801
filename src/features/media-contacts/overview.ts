import "server-only";
import type { SearchSource } from "@/lib/overview";
import { searchWords } from "@/lib/search-words";
import { can } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { normalizeText } from "./normalize";

// What media contacts offer to global search: journalists and outlets through their stored, folded
// searchText (the list's own search). Only public fields are selected — never mobile or notes
// (contact.viewPrivate), whatever the role: search results are a list, not the contact's page.

const foldedWords = (query: string) => searchWords(query).map(normalizeText).filter(Boolean);

export const searchContacts: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "contact.view")) return [];
  const words = foldedWords(query);
  if (words.length === 0) return [];
  const rows = await db.mediaContact.findMany({
    where: { erasedAt: null, AND: words.map((word) => ({ searchText: { contains: word } })) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, name: true, role: true, updatedAt: true, outlet: { select: { name: true } } },
  });
  return rows.map((row) => ({
    kind: "contact",
    id: row.id,
    title: row.name,
    subtitle: [row.role, row.outlet?.name].filter(Boolean).join(" · ") || undefined,
    href: `/contacts/${row.id}`,
    at: row.updatedAt,
  }));
};

export const searchOutlets: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "contact.view")) return [];
  const words = foldedWords(query);
  if (words.length === 0) return [];
  const rows = await db.mediaOutlet.findMany({
    where: { AND: words.map((word) => ({ searchText: { contains: word } })) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, kind: true, region: true },
  });
  return rows.map((row) => ({
    kind: "outlet",
    id: row.id,
    title: row.name,
    subtitle: row.region ?? undefined,
    tag: `contacts.kinds.${row.kind}`,
    href: `/contacts/outlets/${row.id}`,
  }));
};
