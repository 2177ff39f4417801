"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { removeConferenceMaterial, setMaterialsPublished, uploadConferenceMaterial } from "./materials";
import { cancelConference, createConference, markConferenceHeld, respondToInvitation, sendInvitations, updateConference } from "./service";

// A change may show on the staff list and detail, and on the public newsroom list and ICS feed.
function refresh(id?: string) {
  revalidatePath("/press-conferences");
  if (id) revalidatePath(`/press-conferences/${id}`);
  revalidatePath("/newsroom", "layout");
}
const thenRefresh = { onSuccess: (data: { id: string }) => refresh(data.id) };

export const createConferenceAction = formAction(createConference, {
  onSuccess: (conference) => {
    refresh();
    redirect(`/press-conferences/${conference.id}?created=1${conference.conflicts.length ? "&conflicts=1" : ""}`);
  },
});
export const updateConferenceAction = formAction(updateConference, thenRefresh);
export const markConferenceHeldAction = formAction((actor, input) => markConferenceHeld(actor, input), thenRefresh);
export const cancelConferenceAction = formAction((actor, input) => cancelConference(actor, input), thenRefresh);
export const sendInvitationsAction = formAction((actor, input) => sendInvitations(actor, input), thenRefresh);

const thenRefreshConference = { onSuccess: (data: { conferenceId: string }) => refresh(data.conferenceId) };
export const uploadConferenceMaterialAction = formAction(uploadConferenceMaterial, thenRefreshConference);
export const removeConferenceMaterialAction = formAction(removeConferenceMaterial, thenRefreshConference);
export const setMaterialsPublishedAction = formAction((actor, input) => setMaterialsPublished(actor, input), thenRefreshConference);

/** The public RSVP form: no session; the token in the link is the credential. */
export const respondToInvitationAction = formAction((_actor, input) => respondToInvitation(input), { allowAnonymous: true });
