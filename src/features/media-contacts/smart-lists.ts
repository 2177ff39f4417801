// Smart distribution lists: their members are computed when the list is used (the picker's counts, the
// list page, a distribution's recipients), from criteria stored as JSON on the list.
import type { Prisma } from "@/generated/prisma/client";
import { type SmartCriteria, smartCriteriaSchema } from "./schema";

const EMPTY: SmartCriteria = { beats: [], regions: [], outletKinds: [], languages: [] };

/** The stored criteria, or empty ones when the JSON is missing or of the wrong shape (matches nobody). */
export function parseCriteria(value: unknown): SmartCriteria {
  const parsed = smartCriteriaSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : EMPTY;
}

export function hasCriteria(criteria: SmartCriteria): boolean {
  return criteria.beats.length + criteria.regions.length + criteria.outletKinds.length + criteria.languages.length > 0;
}

/**
 * Who a smart list reaches: any of the beats, AND any of the regions (of any of the contact's outlets),
 * AND any of the outlet kinds (of any of its outlets), AND any of the languages. Never erased contacts. No criteria → nobody.
 */
export function smartListWhere(criteria: SmartCriteria): Prisma.MediaContactWhereInput {
  if (!hasCriteria(criteria)) return { id: { in: [] } };
  const and: Prisma.MediaContactWhereInput[] = [{ erasedAt: null }];
  if (criteria.beats.length) and.push({ beats: { hasSome: criteria.beats } });
  if (criteria.languages.length) and.push({ languages: { hasSome: criteria.languages } });
  // Outlet kinds and regions match the primary outlet or any further one (a correspondent of a radio
  // who writes for a daily is reached by a list of radios and by one of dailies).
  if (criteria.outletKinds.length) and.push(anyOutletWhere({ kind: { in: criteria.outletKinds } }));
  if (criteria.regions.length) and.push({ OR: criteria.regions.map((region) => anyOutletWhere({ region: { equals: region, mode: "insensitive" as const } })) });
  return { AND: and };
}

/** The contact's primary outlet or any of its further outlets matches `outlet`. */
export function anyOutletWhere(outlet: Prisma.MediaOutletWhereInput): Prisma.MediaContactWhereInput {
  return { OR: [{ outlet }, { affiliations: { some: { outlet } } }] };
}

/** Members of any list: static lists by membership, smart lists by their criteria. */
export function listMembersWhere(list: { id: string; kind: "STATIC" | "SMART"; criteria: unknown }): Prisma.MediaContactWhereInput {
  if (list.kind === "SMART") return smartListWhere(parseCriteria(list.criteria));
  return { erasedAt: null, lists: { some: { listId: list.id } } };
}
