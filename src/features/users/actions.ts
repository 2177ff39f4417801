"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { formAction } from "@/server/form-action";
import {
  changeOwnPassword,
  createUser,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  setOwnLocale,
  unlockUser,
  updateUser,
} from "./service";

const refreshUsers = () => revalidatePath("/admin/users", "layout");

export const createUserAction = formAction(createUser, {
  onSuccess: (user) => redirect(`/admin/users/${user.id}?created=1`),
});
export const updateUserAction = formAction(updateUser, { onSuccess: refreshUsers });
export const deactivateUserAction = formAction(deactivateUser, { onSuccess: refreshUsers });
export const reactivateUserAction = formAction(reactivateUser, { onSuccess: refreshUsers });
export const unlockUserAction = formAction(unlockUser, { onSuccess: refreshUsers });
export const resetUserPasswordAction = formAction(resetUserPassword, { onSuccess: refreshUsers });

export const changeOwnPasswordAction = formAction(changeOwnPassword, {
  // Every session ended, this one too: sign in again with the new password.
  onSuccess: () => redirect("/login?notice=passwordChanged"),
});

export const setLocaleAction = formAction(setOwnLocale, {
  allowAnonymous: true,
  onSuccess: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    revalidatePath("/", "layout");
  },
});
