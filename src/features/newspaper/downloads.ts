import "server-only";
import { contentDisposition } from "@/features/release-media/download";
import type { Actor } from "@/server/authz/permissions";
import { AppError } from "@/server/errors";
import { type SpreadsheetColumn, spreadsheetResponse } from "@/server/spreadsheet";
import { buildTypesetterZip } from "./export";
import { storedFileResponse } from "./files";
import { bpToPercent, type ClubBalance } from "./policy";
import { councilSpaceReport, findArticleImage, findArtwork, findFinalPdf, findPublicPdf } from "./queries";

// The module's downloads as Responses for the thin route handlers (which never touch the database).

function refused(error: unknown): Response {
  if (error instanceof AppError) return new Response(error.messageKey, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  throw error;
}

export async function typesetterZipResponse(actor: Actor | null, issueId: string): Promise<Response> {
  try {
    const zip = await buildTypesetterZip(actor, issueId);
    return new Response(new Uint8Array(zip.bytes), {
      headers: { "Content-Type": "application/zip", "Content-Disposition": contentDisposition("attachment", zip.fileName), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    return refused(error);
  }
}

export async function staffFileResponse(actor: Actor | null, kind: "image" | "artwork" | "finalPdf", id: string): Promise<Response> {
  try {
    const file = kind === "image" ? await findArticleImage(actor, id) : kind === "artwork" ? await findArtwork(actor, id) : await findFinalPdf(actor, id);
    return await storedFileResponse(file, { isPublic: false, inline: kind === "image" });
  } catch (error) {
    return refused(error);
  }
}

export async function publicPdfResponse(id: string): Promise<Response> {
  return storedFileResponse(await findPublicPdf(id), { isPublic: true, inline: true });
}

const percent = (bp: number) => String(bpToPercent(bp)).replace(".", ",");
const COLUMNS: Array<SpreadsheetColumn<ClubBalance>> = [
  ["klub", (row) => row.name],
  ["mandaty", (row) => row.seats],
  ["podil_mandatu_procent", (row) => percent(row.seatShareBp)],
  ["znaku", (row) => row.chars],
  ["podil_prostoru_procent", (row) => percent(row.spaceShareBp)],
  ["rozdil_procentnich_bodu", (row) => percent(row.differenceBp)],
];

export async function councilSpaceCsvResponse(actor: Actor | null, params: Record<string, string>): Promise<Response> {
  try {
    const report = await councilSpaceReport(actor, { year: params.year ?? String(new Date().getFullYear()), ...(params.publicationId ? { publicationId: params.publicationId } : {}) });
    return await spreadsheetResponse(COLUMNS, report.balance, { format: "csv", fileName: `prostor-zastupitelu-${report.year}`, sheet: "Bilance" });
  } catch (error) {
    return refused(error);
  }
}
