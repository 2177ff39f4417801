// Protocol precedence: every list of people (the page, the itinerary, a programme item, the ICS text)
// goes through this one order: the delegation, then the city's people; within each by rank (1 first),
// then by name (Czech collation) so that equal ranks stay stable.
const SIDE_ORDER: Record<string, number> = { DELEGATION: 0, CITY: 1 };
const collator = new Intl.Collator("cs");

export function byPrecedence<T extends { side: string; rank: number; name: string }>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => (SIDE_ORDER[a.side] ?? 9) - (SIDE_ORDER[b.side] ?? 9) || a.rank - b.rank || collator.compare(a.name, b.name));
}

/** Normalised for matching the same person by name across records (case and spaces ignored). */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("cs");
}
