"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { submitSelectedForReview } from "./bulk";
import {
  addComment,
  approvePressRelease,
  correctPressRelease,
  createPressRelease,
  publishNow,
  requestChanges,
  schedulePublication,
  submitForReview,
  updatePressRelease,
  withdrawPressRelease,
} from "./service";

// Every change of a release may change what the staff list, the detail page and the public newsroom
// (list, detail, feed) show: refresh them all.
function refresh(id?: string) {
  revalidatePath("/press-releases");
  if (id) revalidatePath(`/press-releases/${id}`);
  revalidatePath("/newsroom", "layout");
}

const thenRefresh = { onSuccess: (data: { id: string }) => refresh(data.id) };

export const createPressReleaseAction = formAction(createPressRelease, {
  onSuccess: (release) => {
    refresh();
    redirect(`/press-releases/${release.id}?created=1`);
  },
});
export const updatePressReleaseAction = formAction(updatePressRelease, thenRefresh);
export const submitForReviewAction = formAction(submitForReview, thenRefresh);
export const requestChangesAction = formAction(requestChanges, thenRefresh);
export const approvePressReleaseAction = formAction(approvePressRelease, thenRefresh);
export const schedulePublicationAction = formAction((actor, input) => schedulePublication(actor, input), thenRefresh);
export const publishNowAction = formAction(publishNow, thenRefresh);
export const withdrawPressReleaseAction = formAction(withdrawPressRelease, thenRefresh);
export const correctPressReleaseAction = formAction(correctPressRelease, thenRefresh);
export const addCommentAction = formAction(addComment, thenRefresh);
export const bulkSubmitForReviewAction = formAction(submitSelectedForReview, { onSuccess: () => refresh() });
