"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { approveChannelVariant, saveChannelVariant } from "./service";

// The variants are shown on the release's detail page only.
const thenRefresh = { onSuccess: (data: { pressReleaseId: string }) => revalidatePath(`/press-releases/${data.pressReleaseId}`) };

export const saveChannelVariantAction = formAction(saveChannelVariant, thenRefresh);
export const approveChannelVariantAction = formAction(approveChannelVariant, thenRefresh);
