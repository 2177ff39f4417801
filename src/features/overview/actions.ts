"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { createFeedToken, revokeFeedToken } from "./service";

export const createFeedTokenAction = formAction(createFeedToken, { onSuccess: () => revalidatePath("/calendar") });
export const revokeFeedTokenAction = formAction(revokeFeedToken, { onSuccess: () => revalidatePath("/calendar") });
