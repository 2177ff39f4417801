import "server-only";
import type { SearchSource } from "@/lib/overview";
import { searchWords } from "@/lib/search-words";
import { can } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { foldText } from "./search-text";

// What partner cities offer to global search: the list's own stored, folded searchText (name, region, country).

export const searchPartnerCities: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "partnerCity.view")) return [];
  const words = searchWords(query).map(foldText).filter(Boolean);
  if (words.length === 0) return [];
  const rows = await db.partnerCity.findMany({
    where: { AND: words.map((word) => ({ searchText: { contains: word } })) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, country: true, region: true, status: true },
  });
  return rows.map((row) => ({
    kind: "partnerCity",
    id: row.id,
    title: row.name,
    subtitle: [row.region, row.country].filter(Boolean).join(" · "),
    tag: `partnerCities.status.${row.status}`,
    href: `/partner-cities/${row.id}`,
  }));
};
