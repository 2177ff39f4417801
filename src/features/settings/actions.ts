"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { updateOfficeSettings } from "./service";

export const updateOfficeSettingsAction = formAction(updateOfficeSettings, {
  onSuccess: () => revalidatePath("/admin/settings"),
});
