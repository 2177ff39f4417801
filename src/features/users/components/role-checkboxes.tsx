"use client";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { ROLES } from "@/server/authz/roles";

export function RoleCheckboxes({ selected, errors }: { selected: readonly string[]; errors?: string[] }) {
  const t = useTranslations();
  return (
    <fieldset className="space-y-1.5" aria-describedby="roles-hint roles-error">
      <legend className="text-sm font-medium text-slate-800">{t("users.roles")}</legend>
      <p id="roles-hint" className="text-xs text-slate-500">
        {t("users.rolesHint")}
      </p>
      <div className="grid gap-1.5 sm:grid-cols-2">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm hover:bg-slate-50">
            <input type="checkbox" name="roles[]" value={role} defaultChecked={selected.includes(role)} className="accent-brand-600" />
            {t(`roles.${role}`)}
          </label>
        ))}
      </div>
      <FieldErrors id="roles-error" errors={errors} />
    </fieldset>
  );
}
