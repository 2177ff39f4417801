"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { retryFailedRecipients, startDistribution, unsubscribeByToken } from "./service";

// The press-release pages show the distribution panel; refresh them after a change.
const refreshReleases = () => revalidatePath("/press-releases", "layout");

export const startDistributionAction = formAction(startDistribution, { onSuccess: refreshReleases });
export const retryFailedRecipientsAction = formAction(retryFailedRecipients, { onSuccess: refreshReleases });

/** The public unsubscribe page's button: no session; the token in the link is the credential. */
export const unsubscribeAction = formAction((_actor, input) => unsubscribeByToken(input, { via: "page" }), { allowAnonymous: true });
