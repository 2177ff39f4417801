// A press release drafted from a visit's report: title, perex (the report's first paragraph) and a body
// skeleton (the rest of the report, the programme and the delegation). Pure; Czech, the city's language.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export interface ReportVisit {
  direction: "INCOMING" | "OUTGOING";
  title: string;
  counterpart: string;
  report: string;
  participants: Array<{ side: string; name: string; function: string | null }>;
  programme: Array<{ startsAt: Date; activity: string; place: string }>;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function reportParagraphs(report: string): string[] {
  return report
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, " ").trim())
    .filter(Boolean);
}

export function releaseFromReport(visit: ReportVisit, timeZone: string) {
  const [perex = visit.title, ...rest] = reportParagraphs(visit.report);
  const title = (visit.direction === "INCOMING" ? `Návštěva delegace: ${visit.counterpart}` : `Návštěva městské delegace: ${visit.counterpart}`).slice(0, 250);
  const programme = visit.programme.map(
    (item) => `<li>${escape(format(new TZDate(item.startsAt, timeZone), "d. M. H:mm"))} – ${escape(item.activity)} (${escape(item.place)})</li>`,
  );
  const delegation = visit.participants
    .filter((person) => person.side === "DELEGATION")
    .map((person) => `<li>${escape(person.function ? `${person.name}, ${person.function}` : person.name)}</li>`);
  const body = [
    ...rest.map((paragraph) => `<p>${escape(paragraph)}</p>`),
    ...(programme.length ? ["<h2>Program návštěvy</h2>", `<ul>${programme.join("")}</ul>`] : []),
    ...(delegation.length ? ["<h2>Delegace</h2>", `<ul>${delegation.join("")}</ul>`] : []),
  ].join("\n");
  return { title, perex: perex.slice(0, 2000), bodyHtml: body || `<p>${escape(visit.title)}</p>`, language: "cs" as const };
}
