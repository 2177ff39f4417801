import "server-only";
import type { Actor } from "@/server/authz/permissions";
import { AppError } from "@/server/errors";
import { type SpreadsheetColumn, spreadsheetResponse } from "@/server/spreadsheet";
import { coverageAnalysis } from "./analysis";

// The analysis as CSV or XLSX (the shared writer in server/spreadsheet.ts): one row per outlet, per topic
// and per time bucket, with the period's and the previous period's figures.
type Row = { section: string; key: string; mentions: number; previous: number | ""; positive: number | ""; neutral: number | ""; negative: number | ""; unrated: number | ""; reach: number | "" };

const COLUMNS: Array<SpreadsheetColumn<Row>> = [
  ["section", (row) => row.section],
  ["key", (row) => row.key],
  ["mentions", (row) => row.mentions],
  ["previousPeriod", (row) => row.previous],
  ["positive", (row) => row.positive],
  ["neutral", (row) => row.neutral],
  ["negative", (row) => row.negative],
  ["unrated", (row) => row.unrated],
  ["reach", (row) => row.reach],
];

export async function analysisExportResponse(actor: Actor | null, params: Record<string, string>, format: "csv" | "xlsx"): Promise<Response> {
  try {
    const analysis = await coverageAnalysis(actor, params);
    const rows: Row[] = [
      { section: "total", key: `${analysis.from}..${analysis.to}`, mentions: analysis.totals.current, previous: analysis.totals.previous, positive: analysis.totals.positive, neutral: "", negative: analysis.totals.negative, unrated: "", reach: analysis.totals.reach },
      ...analysis.series.map((row) => ({ section: analysis.bucket, key: row.bucket, mentions: row.positive + row.neutral + row.negative + row.unrated, previous: "" as const, positive: row.positive, neutral: row.neutral, negative: row.negative, unrated: row.unrated, reach: "" as const })),
      ...analysis.byMediaType.map((row) => ({ section: "mediaType", key: row.mediaType, mentions: row.mentions, previous: row.previous, positive: "" as const, neutral: "" as const, negative: "" as const, unrated: "" as const, reach: "" as const })),
      ...analysis.byOutlet.map((row) => ({ section: "outlet", key: row.outlet, mentions: row.mentions, previous: "" as const, positive: row.positive, neutral: "" as const, negative: row.negative, unrated: "" as const, reach: row.reach })),
      ...analysis.byTopic.map((row) => ({ section: "topic", key: row.topic, mentions: row.mentions, previous: row.previous, positive: "" as const, neutral: "" as const, negative: row.negative, unrated: "" as const, reach: "" as const })),
    ];
    return await spreadsheetResponse(COLUMNS, rows, { format, fileName: `monitoring-${analysis.from}-${analysis.to}`, sheet: "Analýza" });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
