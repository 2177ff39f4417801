"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import {
  addListMember,
  createContact,
  createList,
  createOutlet,
  eraseContact,
  importContacts,
  markContactInformed,
  mergeContacts,
  previewContactImport,
  removeListMember,
  updateContact,
  updateList,
  updateOutlet,
} from "./service";

function refresh() {
  revalidatePath("/contacts", "layout");
}

export const createContactAction = formAction(createContact, {
  onSuccess: (contact) => {
    refresh();
    redirect(`/contacts/${contact.id}?created=1`);
  },
});
export const updateContactAction = formAction(updateContact, { onSuccess: () => refresh() });
export const markContactInformedAction = formAction(markContactInformed, { onSuccess: () => refresh() });
export const eraseContactAction = formAction(eraseContact, {
  onSuccess: () => {
    refresh();
    redirect("/contacts?erased=1");
  },
});
export const mergeContactsAction = formAction(mergeContacts, {
  onSuccess: (result) => {
    refresh();
    redirect(`/contacts/${result.id}?merged=1`);
  },
});
export const createOutletAction = formAction(createOutlet, {
  onSuccess: (outlet) => {
    refresh();
    redirect(`/contacts/outlets/${outlet.id}?created=1`);
  },
});
export const updateOutletAction = formAction(updateOutlet, { onSuccess: () => refresh() });
export const createListAction = formAction(createList, {
  onSuccess: (list) => {
    refresh();
    redirect(`/contacts/lists/${list.id}`);
  },
});
export const updateListAction = formAction(updateList, { onSuccess: () => refresh() });
export const addListMemberAction = formAction(addListMember, { onSuccess: () => refresh() });
export const removeListMemberAction = formAction(removeListMember, { onSuccess: () => refresh() });
export const previewContactImportAction = formAction(previewContactImport);
export const importContactsAction = formAction(importContacts, { onSuccess: () => refresh() });
