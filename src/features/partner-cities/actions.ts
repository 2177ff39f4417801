"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { removeAgreement, uploadAgreement } from "./files";
import {
  addCorrespondence,
  addPartnerActivity,
  addPartnerContact,
  addPlanAction,
  addProposal,
  answerProposal,
  createCooperationPlan,
  createPartnerCity,
  markReplied,
  markTranslated,
  passOnProposal,
  removePartnerContact,
  setPlanActionStatus,
  updatePartnerCity,
} from "./service";

function refresh(partnerCityId?: string) {
  revalidatePath("/partner-cities");
  revalidatePath("/partner-cities/correspondence");
  if (partnerCityId) revalidatePath(`/partner-cities/${partnerCityId}`);
}

const thenRefresh = { onSuccess: (data: { partnerCityId: string }) => refresh(data.partnerCityId) };

export const createPartnerCityAction = formAction(createPartnerCity, {
  onSuccess: (city) => {
    refresh();
    redirect(`/partner-cities/${city.id}?created=1`);
  },
});
export const updatePartnerCityAction = formAction(updatePartnerCity, { onSuccess: (data) => refresh(data.id) });
export const addPartnerContactAction = formAction(addPartnerContact, thenRefresh);
export const removePartnerContactAction = formAction(removePartnerContact, thenRefresh);
export const addPartnerActivityAction = formAction(addPartnerActivity, thenRefresh);
export const createCooperationPlanAction = formAction(createCooperationPlan, thenRefresh);
export const addPlanActionAction = formAction(addPlanAction, thenRefresh);
export const setPlanActionStatusAction = formAction(setPlanActionStatus, thenRefresh);
export const addCorrespondenceAction = formAction(addCorrespondence, thenRefresh);
export const markTranslatedAction = formAction((actor, input) => markTranslated(actor, input), thenRefresh);
export const markRepliedAction = formAction((actor, input) => markReplied(actor, input), thenRefresh);
export const addProposalAction = formAction(addProposal, thenRefresh);
export const passOnProposalAction = formAction((actor, input) => passOnProposal(actor, input), thenRefresh);
export const answerProposalAction = formAction((actor, input) => answerProposal(actor, input), thenRefresh);
export const uploadAgreementAction = formAction(uploadAgreement, thenRefresh);
export const removeAgreementAction = formAction(removeAgreement, thenRefresh);
