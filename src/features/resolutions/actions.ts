"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { createResolution, deleteResolution, importResolutions, previewResolutionImport, updateResolution } from "./service";

// The register, the release editor's picker and the "never communicated" list all show resolutions.
function refresh(id?: string) {
  revalidatePath("/press-releases", "layout");
  if (id) revalidatePath(`/press-releases/resolutions/${id}`);
}

export const createResolutionAction = formAction(createResolution, {
  onSuccess: (resolution) => {
    refresh();
    redirect(`/press-releases/resolutions/${resolution.id}?created=1`);
  },
});
export const updateResolutionAction = formAction(updateResolution, { onSuccess: (resolution) => refresh(resolution.id) });
export const deleteResolutionAction = formAction(deleteResolution, {
  onSuccess: () => {
    refresh();
    redirect("/press-releases/resolutions?deleted=1");
  },
});
export const previewResolutionImportAction = formAction(previewResolutionImport);
export const importResolutionsAction = formAction(importResolutions, { onSuccess: () => refresh() });
