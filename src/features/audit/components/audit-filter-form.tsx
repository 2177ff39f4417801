import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";

// A plain GET form: the filter lives in the URL, so a filtered view can be bookmarked and shared.
export async function AuditFilterForm({
  values,
  actors,
}: {
  values: Record<string, string | undefined>;
  actors: Array<{ id: string; name: string }>;
}) {
  const t = await getTranslations();
  return (
    <form method="get" className="mb-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <Field id="action" label={t("audit.actionFilter")}>
        <TextInput id="action" name="action" defaultValue={values.action ?? ""} placeholder="user." list="audit-actions" />
      </Field>
      <datalist id="audit-actions">
        {["auth.login", "auth.login.failed", "auth.logout", "user.", "user.create", "user.update", "user.deactivate"].map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <Field id="actorId" label={t("audit.actor")}>
        <Select id="actorId" name="actorId" defaultValue={values.actorId ?? ""}>
          <option value="">{t("audit.anyone")}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="entityType" label={t("audit.entityType")}>
        <TextInput id="entityType" name="entityType" defaultValue={values.entityType ?? ""} placeholder="User" />
      </Field>
      <Field id="from" label={t("audit.from")}>
        <TextInput id="from" name="from" type="date" defaultValue={values.from ?? ""} />
      </Field>
      <Field id="to" label={t("audit.to")}>
        <TextInput id="to" name="to" type="date" defaultValue={values.to ?? ""} />
      </Field>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("common.filter")}
        </button>
        <Link href="/admin/audit" className={buttonClass("ghost")}>
          {t("common.reset")}
        </Link>
      </div>
    </form>
  );
}
