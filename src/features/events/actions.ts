"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { removeEventFile, uploadEventFile } from "./files";
import {
  addBudgetLine,
  addLink,
  addPerson,
  addProgrammeItem,
  addTask,
  approveEventBudget,
  changeEventStatus,
  createEvent,
  issueItemsToEvent,
  recordBudgetActual,
  removeBudgetLine,
  removePerson,
  saveEvaluation,
  updateEvent,
  updateTask,
} from "./service";

function refresh(id?: string) {
  revalidatePath("/events");
  if (id) revalidatePath(`/events/${id}`);
}
const thenRefresh = { onSuccess: (data: { id: string }) => refresh(data.id) };
const thenRefreshEvent = { onSuccess: (data: { eventId: string }) => refresh(data.eventId) };

export const createEventAction = formAction(createEvent, {
  onSuccess: (event) => {
    refresh();
    redirect(`/events/${event.id}?created=1`);
  },
});
export const updateEventAction = formAction(updateEvent, thenRefresh);
export const changeEventStatusAction = formAction((actor, input) => changeEventStatus(actor, input), thenRefresh);
export const approveEventBudgetAction = formAction((actor, input) => approveEventBudget(actor, input), thenRefresh);
export const saveEvaluationAction = formAction(saveEvaluation, thenRefresh);
export const addProgrammeItemAction = formAction(addProgrammeItem, thenRefreshEvent);
export const addBudgetLineAction = formAction(addBudgetLine, thenRefreshEvent);
export const recordBudgetActualAction = formAction(recordBudgetActual, thenRefreshEvent);
export const removeBudgetLineAction = formAction(removeBudgetLine, thenRefreshEvent);
export const addTaskAction = formAction(addTask, thenRefreshEvent);
export const updateTaskAction = formAction((actor, input) => updateTask(actor, input), thenRefreshEvent);
export const addPersonAction = formAction(addPerson, thenRefreshEvent);
export const removePersonAction = formAction(removePerson, thenRefreshEvent);
export const addLinkAction = formAction(addLink, thenRefreshEvent);
export const issueItemsAction = formAction(issueItemsToEvent, {
  onSuccess: (data: { eventId: string }) => {
    refresh(data.eventId);
    revalidatePath("/promo-items");
  },
});
export const uploadEventFileAction = formAction(uploadEventFile, thenRefreshEvent);
export const removeEventFileAction = formAction(removeEventFile, thenRefreshEvent);
