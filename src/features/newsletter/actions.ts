"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CLIENT_IP_HEADER } from "@/server/auth/client-ip";
import { formAction } from "@/server/form-action";
import {
  addSubscriber,
  approveEdition,
  buildEdition,
  confirmSubscription,
  eraseSubscriber,
  importSubscribers,
  refreshEditionArticles,
  returnEditionToDraft,
  sendEdition,
  submitEdition,
  subscribe,
  unsubscribeByToken,
  unsubscribeSubscriber,
  updateEdition,
} from "./service";

const refreshSubscribers = { onSuccess: () => revalidatePath("/newsletter/subscribers", "layout") };

/** The public form: no session; limited per client address (computed by scripts/serve.ts). */
export const subscribeAction = formAction(
  async (_actor, input) => {
    const ip = (await headers()).get(CLIENT_IP_HEADER) ?? "unknown";
    return subscribe(input, { ip });
  },
  { allowAnonymous: true },
);

/** The confirmation link's button: the token is the credential. */
export const confirmSubscriptionAction = formAction((_actor, input) => confirmSubscription(input), { allowAnonymous: true });

/** The unsubscribe link's button: the token is the credential. */
export const unsubscribeNewsletterAction = formAction(async (_actor, input) => {
  await unsubscribeByToken(input, { via: "link" });
  return { ok: true };
}, { allowAnonymous: true });

export const addSubscriberAction = formAction((actor, input) => addSubscriber(actor, input), refreshSubscribers);
export const importSubscribersAction = formAction((actor, input) => importSubscribers(actor, input), refreshSubscribers);
export const unsubscribeSubscriberAction = formAction((actor, input) => unsubscribeSubscriber(actor, input), refreshSubscribers);
export const eraseSubscriberAction = formAction((actor, input) => eraseSubscriber(actor, input), {
  onSuccess: () => {
    revalidatePath("/newsletter/subscribers", "layout");
    redirect("/newsletter/subscribers?erased=1");
  },
});

// The e-mail edition of an issue (/newsletter/issues/<id>/edition).
const refreshEdition = { onSuccess: (data: { issueId: string }) => revalidatePath(`/newsletter/issues/${data.issueId}/edition`) };
export const buildEditionAction = formAction((actor, input) => buildEdition(actor, input), refreshEdition);
export const updateEditionAction = formAction((actor, input) => updateEdition(actor, input), refreshEdition);
export const refreshEditionArticlesAction = formAction((actor, input) => refreshEditionArticles(actor, input), refreshEdition);
export const submitEditionAction = formAction((actor, input) => submitEdition(actor, input), refreshEdition);
export const approveEditionAction = formAction((actor, input) => approveEdition(actor, input), refreshEdition);
export const returnEditionToDraftAction = formAction((actor, input) => returnEditionToDraft(actor, input), refreshEdition);
export const sendEditionAction = formAction((actor, input) => sendEdition(actor, input), refreshEdition);
