// Client-safe, import-free (the demo seed uses it too).

/** Lower case without diacritics (also ł, ß, đ…), for the search. */
export function foldText(value: string): string {
  return value
    .replace(/[łŁ]/g, "l")
    .replace(/ß/g, "ss")
    .replace(/[đĐ]/g, "d")
    .replace(/[øØ]/g, "o")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** What the list's search reads: name, region and country code, folded. */
export function partnerSearchText(city: { name: string; region?: string | null; country: string }): string {
  return foldText([city.name, city.region ?? "", city.country].filter(Boolean).join(" "));
}
