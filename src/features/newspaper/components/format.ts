// Shared display helpers (client-safe).
import type { ArticleStatus, IssueStatus } from "../policy";

type DateFormatter = { dateTime(value: Date, options: { day: "numeric"; month: "numeric"; year: "numeric"; timeZone: string }): string };

/** A calendar day "YYYY-MM-DD" in the user's language ("14. 3. 2026"). */
export function formatDay(format: DateFormatter, day: string): string {
  return format.dateTime(new Date(`${day}T12:00:00Z`), { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });
}

export const ISSUE_TONE: Record<IssueStatus, "slate" | "blue" | "amber" | "green"> = {
  PLANNING: "slate",
  EDITING: "blue",
  PROOFREADING: "amber",
  AT_PRINTER: "amber",
  DISTRIBUTED: "green",
};

export const ARTICLE_TONE: Record<ArticleStatus, "slate" | "blue" | "amber" | "green" | "red"> = {
  SUBMITTED: "slate",
  EDITING: "blue",
  PROOFREADING: "amber",
  APPROVED: "green",
  PLACED: "green",
  REJECTED: "red",
};
