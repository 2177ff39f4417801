// Input schemas of the users module; client-safe (the forms use the limits too).
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { ROLES, roleSchema } from "@/server/authz/roles";


export const emailSchema = z.string().trim().toLowerCase().min(1).max(320).pipe(z.email());
const nameSchema = z.string().trim().min(1).max(200);
// An HTML form sends no field at all when no checkbox is ticked.
const rolesSchema = z.preprocess((value) => value ?? [], z.array(roleSchema).min(1).max(ROLES.length));
// The policy (length, common passwords) is checked by the service; the schema only bounds the size.
const newPasswordSchema = z.string().min(1).max(1024);
const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  roles: rolesSchema,
  locale: z.enum(LOCALES).default("cs"),
  password: newPasswordSchema,
  idempotencyKey: z.string().max(100).optional(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  name: nameSchema,
  roles: rolesSchema,
  locale: z.enum(LOCALES),
});

export const userRefSchema = z.strictObject({ id: idSchema, version: versionSchema.optional() });

export const resetPasswordSchema = z.strictObject({ id: idSchema, newPassword: newPasswordSchema });

export const changeOwnPasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(1024),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordsDiffer",
  });

export const setLocaleSchema = z.strictObject({ locale: z.enum(LOCALES) });
