// Client-safe: the roles and the permission table are shown in the interface too.
import { z } from "zod";

export const ROLES = ["HEAD_OF_OFFICE", "SPOKESPERSON", "PR_STAFF", "ASSISTANT", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);
