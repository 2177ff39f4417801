// Audit actions are stored as codes ("user.create"); people read them in their language. Catalog keys
// cannot contain dots, so "user.create" is found under auditActions.user_create; unknown codes show as is.
interface Translator {
  (key: string): string;
  has(key: string): boolean;
}

export function labelAuditAction(t: Translator, action: string): string {
  const key = action.replaceAll(".", "_");
  return t.has(key) ? t(key) : action;
}
