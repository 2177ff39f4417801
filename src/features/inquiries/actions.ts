"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import {
  approveAnswer,
  assignInquiry,
  closeInquiry,
  consultDepartment,
  createInquiry,
  linkInquiry,
  recordAnswerGiven,
  recordConsultationResponse,
  reuseAnswer,
  saveAnswerDraft,
  resendAnswer,
  sendAnswer,
  updateInquiry,
} from "./service";

function refresh(id?: string) {
  revalidatePath("/inquiries");
  if (id) revalidatePath(`/inquiries/${id}`);
}

const thenRefresh = { onSuccess: (data: { id: string }) => refresh(data.id) };

export const createInquiryAction = formAction((actor, input) => createInquiry(actor, input), {
  onSuccess: (inquiry) => {
    refresh();
    redirect(`/inquiries/${inquiry.id}?created=1`);
  },
});
export const updateInquiryAction = formAction(updateInquiry, thenRefresh);
export const assignInquiryAction = formAction(assignInquiry, thenRefresh);
export const consultDepartmentAction = formAction((actor, input) => consultDepartment(actor, input), thenRefresh);
export const recordConsultationResponseAction = formAction((actor, input) => recordConsultationResponse(actor, input), thenRefresh);
export const saveAnswerDraftAction = formAction(saveAnswerDraft, thenRefresh);
export const reuseAnswerAction = formAction(reuseAnswer, {
  onSuccess: (data) => {
    refresh(data.id);
    redirect(`/inquiries/${data.id}?reused=1`);
  },
});
export const approveAnswerAction = formAction((actor, input) => approveAnswer(actor, input), thenRefresh);
export const sendAnswerAction = formAction((actor, input) => sendAnswer(actor, input), thenRefresh);
export const resendAnswerAction = formAction((actor, input) => resendAnswer(actor, input), thenRefresh);
export const recordAnswerGivenAction = formAction((actor, input) => recordAnswerGiven(actor, input), thenRefresh);
export const closeInquiryAction = formAction((actor, input) => closeInquiry(actor, input), thenRefresh);
export const linkInquiryAction = formAction(linkInquiry, thenRefresh);
