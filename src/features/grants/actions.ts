"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { removeGrantDocument, uploadGrantDocument } from "./files";
import {
  checkGrantReport,
  createGrantApplication,
  createGrantCall,
  decideGrantApplication,
  evaluateGrantApplication,
  receiveGrantReport,
  recordGrantPayment,
  updateGrantCall,
} from "./service";

function refresh() {
  revalidatePath("/events/grants", "layout");
}

const thenRefresh = { onSuccess: () => refresh() };

export const createGrantCallAction = formAction(createGrantCall, {
  onSuccess: (call) => {
    refresh();
    redirect(`/events/grants/calls/${call.id}?created=1`);
  },
});
export const updateGrantCallAction = formAction(updateGrantCall, thenRefresh);
export const createGrantApplicationAction = formAction(createGrantApplication, {
  onSuccess: (application) => {
    refresh();
    redirect(`/events/grants/applications/${application.id}?created=1`);
  },
});
export const evaluateGrantAction = formAction(evaluateGrantApplication, thenRefresh);
export const decideGrantAction = formAction(decideGrantApplication, thenRefresh);
export const recordGrantPaymentAction = formAction(recordGrantPayment, thenRefresh);
export const receiveGrantReportAction = formAction(receiveGrantReport, thenRefresh);
export const checkGrantReportAction = formAction(checkGrantReport, thenRefresh);
export const uploadGrantDocumentAction = formAction(uploadGrantDocument, thenRefresh);
export const removeGrantDocumentAction = formAction(removeGrantDocument, thenRefresh);
