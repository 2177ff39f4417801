"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { removeReleaseFile, updateReleaseFile, uploadReleaseFile } from "./service";

// formAction turns FormData into a plain object; a file field arrives as the File itself, which the
// service's schema accepts (schema.ts fileSchema). The release page and the newsroom show the media.
function refresh(pressReleaseId: string | null) {
  if (pressReleaseId) revalidatePath(`/press-releases/${pressReleaseId}`);
  revalidatePath("/newsroom", "layout");
}

export const uploadReleaseFileAction = formAction(uploadReleaseFile, { onSuccess: (file) => refresh(file.pressReleaseId) });
export const updateReleaseFileAction = formAction(updateReleaseFile, { onSuccess: (file) => refresh(file.pressReleaseId) });
export const removeReleaseFileAction = formAction(removeReleaseFile, { onSuccess: (file) => refresh(file.pressReleaseId) });
