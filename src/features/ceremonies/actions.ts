"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CLIENT_IP_HEADER } from "@/server/auth/client-ip";
import { formAction } from "@/server/form-action";
import {
  addSlot,
  assignSlot,
  createCeremony,
  eraseRegistration,
  issueCeremonyGift,
  recordAttendance,
  registerOnPaper,
  respondToCeremonyInvitation,
  sendCeremonyInvitations,
  sendThanks,
  setCeremonyStatus,
  signUp,
  unassignSlot,
  updateCeremony,
} from "./service";

const refresh = () => revalidatePath("/ceremonies", "layout");
const thenRefresh = { onSuccess: () => refresh() };

export const createCeremonyAction = formAction(createCeremony, {
  onSuccess: (ceremony) => {
    refresh();
    redirect(`/ceremonies/${ceremony.id}`);
  },
});
export const updateCeremonyAction = formAction(updateCeremony, thenRefresh);
export const setCeremonyStatusAction = formAction(setCeremonyStatus, thenRefresh);
export const addSlotAction = formAction(addSlot, thenRefresh);
export const assignSlotAction = formAction(assignSlot, thenRefresh);
export const unassignSlotAction = formAction(unassignSlot, thenRefresh);
export const sendInvitationsAction = formAction(sendCeremonyInvitations, thenRefresh);
export const sendThanksAction = formAction(sendThanks, thenRefresh);
export const recordAttendanceAction = formAction(recordAttendance, thenRefresh);
export const issueGiftAction = formAction(issueCeremonyGift, thenRefresh);
export const eraseRegistrationAction = formAction((actor, input) => eraseRegistration(actor, input), thenRefresh);
export const registerOnPaperAction = formAction((actor, input) => registerOnPaper(actor, input), {
  onSuccess: () => {
    refresh();
    redirect("/ceremonies?registered=1");
  },
});

/** The public form: no session; limited per client address (the address our server computes, see scripts/serve.ts). */
export const signUpAction = formAction(
  async (_actor, input) => {
    const ip = (await headers()).get(CLIENT_IP_HEADER) ?? "unknown";
    return signUp(input, { ip });
  },
  { allowAnonymous: true },
);

/** The family's RSVP: the token in the link is the credential. */
export const ceremonyRsvpAction = formAction((_actor, input) => respondToCeremonyInvitation(input), { allowAnonymous: true });
