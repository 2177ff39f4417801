import { readFileSync } from "node:fs";
import path from "node:path";

// NIST 800-63B / OWASP ASVS: length, no composition rules, and no password from a list of common ones.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: Set<string> | undefined;

function loadCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(path.join(process.cwd(), "src/server/auth/common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith("#")),
  );
  return commonPasswords;
}

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordTooCommon";

/** Returns what is wrong with a new password (a message key), or null when it may be used. */
export function checkPasswordPolicy(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  const normalized = password.trim().toLowerCase();
  if (loadCommonPasswords().has(normalized)) return "passwordTooCommon";
  if (new Set(normalized).size <= 2) return "passwordTooCommon";
  if (context.email && normalized === context.email.toLowerCase()) return "passwordTooCommon";
  return null;
}
