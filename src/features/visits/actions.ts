"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { removeVisitFile, uploadVisitFile } from "./files";
import {
  addBooking,
  addExpense,
  addGift,
  addParticipant,
  addProgrammeItem,
  changeVisitStatus,
  createVisit,
  draftReleaseFromReport,
  removeBooking,
  removeExpense,
  removeGift,
  removeParticipant,
  removeProgrammeItem,
  saveBriefing,
  saveReport,
  setBookingStatus,
  updateVisit,
} from "./service";

function refresh(id?: string) {
  revalidatePath("/visits");
  if (id) revalidatePath(`/visits/${id}`);
}
const thenRefresh = { onSuccess: (data: { id: string }) => refresh(data.id) };
const thenRefreshVisit = { onSuccess: (data: { visitId: string }) => refresh(data.visitId) };

export const createVisitAction = formAction(createVisit, {
  onSuccess: (visit) => {
    refresh();
    redirect(`/visits/${visit.id}?created=1`);
  },
});
export const updateVisitAction = formAction(updateVisit, thenRefresh);
export const changeVisitStatusAction = formAction((actor, input) => changeVisitStatus(actor, input), thenRefresh);
export const saveBriefingAction = formAction(saveBriefing, thenRefresh);
export const saveReportAction = formAction(saveReport, thenRefresh);
export const draftReleaseAction = formAction(draftReleaseFromReport, {
  onSuccess: (data) => {
    refresh(data.id);
    revalidatePath("/press-releases");
  },
});

export const addParticipantAction = formAction(addParticipant, thenRefreshVisit);
export const removeParticipantAction = formAction(removeParticipant, thenRefreshVisit);
export const addProgrammeItemAction = formAction(addProgrammeItem, thenRefreshVisit);
export const removeProgrammeItemAction = formAction(removeProgrammeItem, thenRefreshVisit);
export const addBookingAction = formAction(addBooking, thenRefreshVisit);
export const setBookingStatusAction = formAction(setBookingStatus, thenRefreshVisit);
export const removeBookingAction = formAction(removeBooking, thenRefreshVisit);
export const addGiftAction = formAction(addGift, {
  onSuccess: (data: { visitId: string }) => {
    refresh(data.visitId);
    revalidatePath("/visits/gifts");
  },
});
export const removeGiftAction = formAction(removeGift, thenRefreshVisit);
export const addExpenseAction = formAction(addExpense, thenRefreshVisit);
export const removeExpenseAction = formAction(removeExpense, thenRefreshVisit);
export const uploadVisitFileAction = formAction(uploadVisitFile, thenRefreshVisit);
export const removeVisitFileAction = formAction(removeVisitFile, thenRefreshVisit);
