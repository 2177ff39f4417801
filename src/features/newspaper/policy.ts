// The city paper's rules as pure functions (client-safe, unit-tested): the issue and article workflows,
// length counting, what is late, the page plan's fill and the council members' balance.

export const ISSUE_STATUSES = ["PLANNING", "EDITING", "PROOFREADING", "AT_PRINTER", "DISTRIBUTED"] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ARTICLE_STATUSES = ["SUBMITTED", "EDITING", "PROOFREADING", "APPROVED", "PLACED", "REJECTED"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const AD_ORDER_STATUSES = ["ORDERED", "ARTWORK_RECEIVED", "PLACED", "CANCELLED"] as const;
export type AdOrderStatus = (typeof AD_ORDER_STATUSES)[number];

/** An issue moves one step forward, or one step back until it is at the printer (a correction round). */
export function issueTransitionAllowed(from: IssueStatus, to: IssueStatus): boolean {
  const a = ISSUE_STATUSES.indexOf(from);
  const b = ISSUE_STATUSES.indexOf(to);
  if (b === a + 1) return true;
  return b === a - 1 && from !== "DISTRIBUTED" && from !== "AT_PRINTER";
}

/** The article workflow. Who may take a step is the permission (approve/reject: newsletter.approve). */
const ARTICLE_STEPS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  SUBMITTED: ["EDITING", "REJECTED"],
  EDITING: ["PROOFREADING", "REJECTED"],
  PROOFREADING: ["EDITING", "APPROVED", "REJECTED"],
  APPROVED: ["EDITING", "PLACED"],
  PLACED: ["APPROVED", "EDITING"],
  REJECTED: ["EDITING"],
};

export function articleTransitionAllowed(from: ArticleStatus, to: ArticleStatus): boolean {
  return ARTICLE_STEPS[from].includes(to);
}

export function articleNextSteps(from: ArticleStatus): readonly ArticleStatus[] {
  return ARTICLE_STEPS[from];
}

/** Text may be changed while the article is being worked on (not once approved: editing sends it back first). */
export function articleTextEditable(status: ArticleStatus): boolean {
  return status === "SUBMITTED" || status === "EDITING" || status === "PROOFREADING";
}

/** Nothing changes in an issue's content once it is at the printer. */
export function issueContentOpen(status: IssueStatus): boolean {
  return status !== "AT_PRINTER" && status !== "DISTRIBUTED";
}

/**
 * Characters as a typesetter counts them ("znaky včetně mezer"): Unicode code points after normalising
 * line endings, with runs of spaces counted once and trailing whitespace ignored.
 */
export function countChars(...parts: string[]): number {
  let total = 0;
  for (const part of parts) {
    const text = part.replace(/\r\n?/g, "\n").replace(/[ \t\u00a0]+/g, " ").trim();
    total += [...text.normalize("NFC")].length;
  }
  return total;
}

export type LengthState = "ok" | "near" | "over";

/** Against the allotted space: over it is "over", within 5 % below is "near". */
export function lengthState(chars: number, allotted: number | null | undefined): LengthState {
  if (!allotted) return "ok";
  if (chars > allotted) return "over";
  return chars >= allotted * 0.95 ? "near" : "ok";
}

/** Days from today to a day (both "YYYY-MM-DD"); negative = past. */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export interface IssueDays {
  status: IssueStatus;
  editorialDeadline: string;
  adDeadline: string;
  printDate: string;
  distributionDate: string;
}

export type Lateness = "editorialDeadline" | "adDeadline" | "printDate" | "distributionDate";

/**
 * What is late against the deadlines: a day has passed and the issue has not reached the status that
 * day asks for (editorial deadline → PROOFREADING, print date → AT_PRINTER, distribution → DISTRIBUTED).
 * The ad deadline is late when ads are still waiting for artwork (`adsWithoutArtwork`).
 */
export function issueLateness(issue: IssueDays, today: string, counts: { openArticles: number; adsWithoutArtwork: number }): Lateness[] {
  const at = ISSUE_STATUSES.indexOf(issue.status);
  const late: Lateness[] = [];
  if (issue.editorialDeadline < today && (at < ISSUE_STATUSES.indexOf("PROOFREADING") || counts.openArticles > 0) && at < ISSUE_STATUSES.indexOf("AT_PRINTER")) late.push("editorialDeadline");
  if (issue.adDeadline < today && counts.adsWithoutArtwork > 0 && at < ISSUE_STATUSES.indexOf("AT_PRINTER")) late.push("adDeadline");
  if (issue.printDate < today && at < ISSUE_STATUSES.indexOf("AT_PRINTER")) late.push("printDate");
  if (issue.distributionDate < today && at < ISSUE_STATUSES.indexOf("DISTRIBUTED")) late.push("distributionDate");
  return late;
}

export interface PlanItem {
  page: number | null;
  /** Articles: characters; ads: null. */
  chars: number | null;
  /** Ads: share of a page in basis points; articles: null. */
  pageShareBp: number | null;
}

export interface PageFill {
  page: number;
  /** Share of the page filled, in basis points (10000 = full). */
  fillBp: number;
  overfilled: boolean;
}

/** Fill per page: articles by characters against the page capacity, ads by their size. */
export function pageFill(pageCount: number, capacityChars: number, items: readonly PlanItem[]): PageFill[] {
  const fills = Array.from({ length: pageCount }, (_, index) => ({ page: index + 1, fillBp: 0, overfilled: false }));
  for (const item of items) {
    if (!item.page || item.page < 1 || item.page > pageCount) continue;
    const share = item.pageShareBp ?? Math.ceil(((item.chars ?? 0) * 10_000) / Math.max(1, capacityChars));
    fills[item.page - 1].fillBp += share;
  }
  for (const fill of fills) fill.overfilled = fill.fillBp > 10_000;
  return fills;
}

export interface ClubSpace {
  clubId: string;
  name: string;
  seats: number;
  chars: number;
}

export interface ClubBalance extends ClubSpace {
  /** Shares in basis points (of all seats / of all council characters). */
  seatShareBp: number;
  spaceShareBp: number;
  /** spaceShare − seatShare, in basis points. */
  differenceBp: number;
}

/** The press act's balance: each club's share of the council members' space against its share of seats. */
export function councilBalance(clubs: readonly ClubSpace[]): ClubBalance[] {
  const seats = clubs.reduce((sum, club) => sum + club.seats, 0);
  const chars = clubs.reduce((sum, club) => sum + club.chars, 0);
  return clubs.map((club) => {
    const seatShareBp = seats ? Math.round((club.seats * 10_000) / seats) : 0;
    const spaceShareBp = chars ? Math.round((club.chars * 10_000) / chars) : 0;
    return { ...club, seatShareBp, spaceShareBp, differenceBp: spaceShareBp - seatShareBp };
  });
}

/** Basis points → "12,5 %" style numbers (one decimal), for the user's locale by the caller. */
export function bpToPercent(bp: number): number {
  return Math.round(bp / 10) / 10;
}

/** The ad order's totals (haléře): VAT rounded half up to whole haléře. */
export function adOrderTotals(priceMinor: number, vatPercent: number): { net: number; vat: number; gross: number } {
  const vat = Math.round((priceMinor * vatPercent) / 100);
  return { net: priceMinor, vat, gross: priceMinor + vat };
}

/** An IČO (Czech company ID): 8 digits with the mod-11 check digit. */
export function isValidIco(ico: string): boolean {
  if (!/^\d{8}$/.test(ico)) return false;
  const digits = [...ico].map(Number);
  const sum = digits.slice(0, 7).reduce((total, digit, index) => total + digit * (8 - index), 0);
  const check = (11 - (sum % 11)) % 10;
  return check === digits[7];
}
