import "server-only";
import type { Actor } from "@/server/authz/permissions";
import { can } from "@/server/authz/permissions";
import { fileStorage } from "@/server/storage/file-storage";
import { type DownloadableFile, findPublicFile, findStaffFile } from "./queries";
import { variantKey } from "./storage-keys";

/**
 * GET /media/<id>[?size=web|full][&download=1]. A file of a publicly visible release is served to
 * anyone (cacheable briefly: a withdrawn release stops being served within minutes); any other file
 * only to staff who may see what it belongs to (private, not stored by caches). Everything else — unknown id,
 * a draft's file for a visitor — is one 404, which does not tell whether the file exists.
 * `loadActor` is the session reader (getActor); it is asked only when the file is not public.
 */
export async function serveMedia(request: Request, id: string, loadActor: () => Promise<Actor | null>, now = new Date()): Promise<Response> {
  let file = await findPublicFile(id, now);
  const isPublic = file !== null;
  if (!file) {
    const actor = await loadActor();
    if (can(actor, "pressRelease.view") || can(actor, "pressConference.view") || can(actor, "event.view")) file = await findStaffFile(actor, id);
  }
  return serveStoredFile(request, file, { isPublic });
}

/**
 * A stored file as a response, once the caller has decided that the requester may have it (null: a
 * 404). ?size=web gives a photo's web version; ?download=1 asks the browser to save it.
 */
export async function serveStoredFile(request: Request, file: DownloadableFile | null, { isPublic }: { isPublic: boolean }): Promise<Response> {
  if (!file) return notFound();
  const url = new URL(request.url);
  const size = url.searchParams.get("size") === "web" ? "web" : "full";
  const download = url.searchParams.get("download") === "1";
  const stored = await fileStorage().get(variantKey(file.storageKey, file.kind === "PHOTO" ? size : "full"));
  if (!stored) return notFound();
  return new Response(stored.stream, { status: 200, headers: mediaHeaders(file, { size, download, isPublic, byteSize: stored.size }) });
}

export function mediaHeaders(
  file: Pick<DownloadableFile, "kind" | "fileName" | "mimeType">,
  options: { size: "web" | "full"; download: boolean; isPublic: boolean; byteSize: number },
): Headers {
  const asAttachment = options.download || file.kind === "ATTACHMENT" || file.mimeType === "application/pdf";
  return new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(options.byteSize),
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": contentDisposition(asAttachment ? "attachment" : "inline", file.fileName),
    // A stored file never runs anything, also if opened directly.
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
    "Cache-Control": options.isPublic ? "public, max-age=300" : "private, no-store",
  });
}

/** RFC 6266: an ASCII fallback name and the real name in RFC 5987 encoding. */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}
