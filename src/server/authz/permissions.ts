// Authorization as data: which roles hold which permission, reviewed as one table.
// `can` hides buttons; `requirePermission` is the first line of every service and query function.
import { ForbiddenError, UnauthenticatedError } from "@/server/errors";
import type { Role } from "./roles";

const HEAD = "HEAD_OF_OFFICE";
const SPOKES = "SPOKESPERSON";
const PR = "PR_STAFF";
const ASSIST = "ASSISTANT";
const ADMIN = "ADMIN";

export const PERMISSIONS = {
  "dashboard.view": [HEAD, SPOKES],
  "calendar.view": [HEAD, SPOKES, PR, ASSIST],
  /** The search box in the header; each module's results still need that module's view permission. */
  "search.use": [HEAD, SPOKES, PR, ASSIST],

  "pressRelease.view": [HEAD, SPOKES, PR],
  "pressRelease.draft": [SPOKES, PR],
  "pressRelease.comment": [HEAD, SPOKES, PR],
  "pressRelease.approve": [HEAD, SPOKES],
  "pressRelease.publish": [SPOKES],
  "pressRelease.distribute": [SPOKES],
  "resolution.manage": [SPOKES, PR],
  "mailOutbox.view": [SPOKES, PR],

  "contact.view": [HEAD, SPOKES, PR],
  /** Create and edit contacts and outlets, import, distribution lists, merge duplicates, mark informed. */
  "contact.manage": [SPOKES, PR],
  /** A journalist's mobile and notes (never even sent to other roles' browsers). */
  "contact.viewPrivate": [SPOKES, HEAD],
  /** GDPR: erase a person's data, export everything held about them. */
  "contact.erase": [SPOKES],
  "inquiry.view": [HEAD, SPOKES, PR],
  "inquiry.manage": [HEAD, SPOKES, PR],
  "inquiry.approve": [HEAD, SPOKES],
  "pressConference.view": [HEAD, SPOKES, PR, ASSIST],
  "pressConference.manage": [SPOKES, PR],
  "pressConference.invite": [SPOKES],
  "monitoring.view": [HEAD, SPOKES, PR],
  /** Review clippings (status, sentiment, topics, notes), enter print/TV/radio clippings by hand. */
  "monitoring.manage": [SPOKES, PR],
  /** Sources and feeds, keywords, the morning briefing's time and recipients. */
  "monitoring.configure": [SPOKES],
  /** Response cases to critical or misleading coverage (the spokesperson answers, the head may own one). */
  "monitoring.respond": [SPOKES, HEAD],
  "newsletter.view": [HEAD, SPOKES, PR],
  /** The city paper's articles: write, edit, contributors and their links, proofreading rounds, the page plan, the typesetter export. */
  "newsletter.edit": [SPOKES, PR],
  /** Approve an article after proofreading, reject one (the reason goes to the contributor). */
  "newsletter.approve": [HEAD, SPOKES],
  /** Publications, issues (deadlines, status), council clubs and seats, the final PDF of the printed issue. */
  "newsletter.manageIssues": [HEAD, SPOKES],
  /** Advertisers, the rate card and ad orders. */
  "newsletter.advertising": [HEAD, SPOKES, PR],
  "visit.view": [HEAD, SPOKES, ASSIST],
  /** Create and edit visits, their guests, programme, logistics, gifts, budget, briefing and report. */
  "visit.manage": [ASSIST, HEAD],
  /** Guests' dietary needs, contacts and passport/ID notes (selected only for these roles). */
  "visit.viewRestricted": [ASSIST, HEAD],
  "partnerCity.view": [HEAD, SPOKES, PR, ASSIST],
  /** Partner cities, contacts, plans, correspondence, proposals: the assistant runs foreign relations
   *  (seed 004 items 13–21), the head signs off plans, the spokesperson answers official letters; PR reads. */
  "partnerCity.manage": [HEAD, ASSIST, SPOKES],
  "promoItem.view": [HEAD, PR, ASSIST],
  /** Items, receipts, issues, adjustments, returns, write-offs, undo, stocktakes. */
  "promoItem.manage": [PR, ASSIST],
  "event.view": [HEAD, SPOKES, PR, ASSIST],
  /** Create and run events: programme, budget lines, tasks, people, items, photos, evaluation. */
  "event.manage": [PR, ASSIST, HEAD],
  /** Approve an event's budget above the office limit (`eventBudgetApprovalLimit`). */
  "event.approveBudget": [HEAD],
  "ceremony.view": [HEAD, ASSIST],
  /** Ceremonies, slots, registrations (also on paper), invitations, attendance, gifts, erasure and export. */
  "ceremony.manage": [ASSIST, HEAD],
  "grant.view": [HEAD, SPOKES, PR, ASSIST],
  /** Calls, applications, evaluation, payment, reports and the check of use (the culture dramaturg, seed 002). */
  "grant.manage": [PR, HEAD],
  /** Records the council's decision: the amount granted, conditions and the resolution. */
  "grant.decide": [HEAD],

  // The city paper's business side and its e-mail edition (features/newspaper-invoices, features/newsletter).
  "newspaperInvoice.view": [HEAD, SPOKES, PR],
  /** Issue invoices from ad orders, record payments, issue credit notes, keep the supplier's details. */
  "newspaperInvoice.manage": [PR, HEAD],
  "newsletterSubscriber.view": [HEAD, SPOKES, PR],
  /** Add, import, unsubscribe and erase subscribers of the e-mail edition. */
  "newsletterSubscriber.manage": [SPOKES, PR],
  /** Build an issue's e-mail edition, edit its intro, submit it for approval, send it once approved. */
  "newsletterEdition.prepare": [SPOKES, PR],
  /** Approve an e-mail edition for sending (never one the approver built or edited: four eyes). */
  "newsletterEdition.approve": [HEAD, SPOKES],

  "settings.manage": [HEAD, ADMIN],
  "user.view": [ADMIN],
  "user.manage": [ADMIN],
  "audit.view": [ADMIN],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Who is acting: re-read from the database on every request (see server/auth/session.ts). */
export interface Actor {
  id: string;
  name: string;
  email: string;
  roles: readonly Role[];
  locale: string;
}

export function can(actor: Pick<Actor, "roles"> | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

/** Throws unless the actor holds the permission; narrows `actor` to non-null. */
export function requirePermission(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission)) throw new ForbiddenError();
}
