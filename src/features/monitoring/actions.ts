"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import {
  createClipping,
  createKeyword,
  createResponseCase,
  createSource,
  deleteKeyword,
  pollSourceSoon,
  quickReviewClipping,
  reviewClipping,
  saveBriefingSettings,
  updateKeyword,
  updateResponseCase,
  updateSource,
} from "./service";

const refreshSources = { onSuccess: () => revalidatePath("/monitoring/sources") };

export const createSourceAction = formAction(createSource, refreshSources);
export const updateSourceAction = formAction(updateSource, refreshSources);
export const pollSourceSoonAction = formAction(pollSourceSoon, refreshSources);
export const createKeywordAction = formAction(createKeyword, refreshSources);
export const updateKeywordAction = formAction(updateKeyword, refreshSources);
export const deleteKeywordAction = formAction(deleteKeyword, refreshSources);

export const createClippingAction = formAction(createClipping, {
  onSuccess: (data) => {
    revalidatePath("/monitoring");
    redirect(`/monitoring/${data.id}?created=1`);
  },
});
export const reviewClippingAction = formAction((actor, input) => reviewClipping(actor, input), {
  onSuccess: (data) => {
    revalidatePath("/monitoring");
    revalidatePath(`/monitoring/${data.id}`);
  },
});
/** The bulk review's keystrokes: no revalidation (the client keeps its list and the new version). */
export const quickReviewAction = formAction((actor, input) => quickReviewClipping(actor, input));

export const createCaseAction = formAction((actor, input) => createResponseCase(actor, input), {
  onSuccess: (data) => {
    revalidatePath("/monitoring/cases");
    redirect(`/monitoring/cases/${data.id}?created=1`);
  },
});
export const updateCaseAction = formAction((actor, input) => updateResponseCase(actor, input), {
  onSuccess: (data) => {
    revalidatePath("/monitoring/cases");
    revalidatePath(`/monitoring/cases/${data.id}`);
  },
});
export const saveBriefingSettingsAction = formAction(saveBriefingSettings, { onSuccess: () => revalidatePath("/monitoring/briefing") });
