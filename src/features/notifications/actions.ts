"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { markRead } from "./service";

export const markNotificationsReadAction = formAction(markRead, { onSuccess: () => revalidatePath("/", "layout") });
