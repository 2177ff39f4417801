import "server-only";
import type { Actor } from "@/server/authz/permissions";
import { listReleaseFiles } from "../queries";
import { ReleaseMediaManager } from "./release-media-manager";

/** For the release detail page: `<ReleaseMediaPanel actor={actor} pressReleaseId={release.id} />`. */
export async function ReleaseMediaPanel({ actor, pressReleaseId }: { actor: Actor; pressReleaseId: string }) {
  const { files, canManage } = await listReleaseFiles(actor, pressReleaseId);
  return <ReleaseMediaManager pressReleaseId={pressReleaseId} files={files} canManage={canManage} />;
}
