"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome } from "@/components/ui/form-state";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { importContactsAction, previewContactImportAction } from "../actions";
import { CSV_IMPORT_LIMITS } from "@/lib/csv";
import type { ImportPreview, ImportPreviewRow } from "../service";

const ACTION_TONES = { create: "green", update: "blue", error: "red" } as const;

/** Upload → preview (each row, every row at fault, outlets that will be created) → confirm. */
export function ImportContacts({ templateHref }: { templateHref: string }) {
  const t = useTranslations("contacts.import");
  const [state, action] = useActionState(previewContactImportAction, null);
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <FormOutcome state={state} />
        <Field id="file" label={t("file")} hint={t("fileHint", { mb: CSV_IMPORT_LIMITS.bytes / 1024 / 1024, rows: CSV_IMPORT_LIMITS.rows })} errors={errorsOf(state, "file")} required>
          <TextInput {...describedBy("file", errorsOf(state, "file"), true)} name="file" type="file" accept=".csv,text/csv" className="py-1.5" />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton variant={state?.ok ? "secondary" : "primary"} pendingLabel={t("reading")}>
            {t("preview")}
          </SubmitButton>
          <a href={templateHref} download className="text-sm text-brand-700 hover:underline">
            {t("template")}
          </a>
        </div>
      </form>
      {state?.ok && <PreviewAndConfirm key={state.at} preview={state.data} />}
    </div>
  );
}

function PreviewAndConfirm({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("contacts.import");
  const [state, action] = useActionState(importContactsAction, null);
  const { counts } = preview;
  if (state?.ok) {
    return (
      <Notice tone="success">
        <p>{t("done", state.data)}</p>
        <Link href="/contacts" className="mt-2 inline-block font-medium underline">
          {t("toList")}
        </Link>
      </Notice>
    );
  }
  return (
    <section aria-labelledby="import-preview" className="space-y-4">
      <h2 id="import-preview" className="text-base font-semibold text-slate-900">
        {t("previewTitle")}
      </h2>
      <p className="flex flex-wrap gap-2 text-sm text-slate-700">
        <span>{t("total", { count: preview.total })}</span>
        <Badge tone="green">{t("counts.create", { count: counts.create })}</Badge>
        <Badge tone="blue">{t("counts.update", { count: counts.update })}</Badge>
        {counts.error > 0 && <Badge tone="red">{t("counts.error", { count: counts.error })}</Badge>}
      </p>
      {preview.newOutlets.length > 0 && <Notice>{t("newOutlets", { names: preview.newOutlets.join(", ") })}</Notice>}
      {counts.error > 0 ? (
        <Notice tone="error">{t("hasErrors", { count: counts.error })}</Notice>
      ) : (
        <form action={action} className="space-y-3">
          {/* The text goes back whole and is checked again on the server: the preview is not trusted. */}
          <textarea name="csv" value={preview.csv} readOnly hidden />
          <FormOutcome state={state} />
          <SubmitButton pendingLabel={t("importing")}>{t("confirm", { count: counts.create + counts.update })}</SubmitButton>
        </form>
      )}
      <PreviewTable rows={preview.rows} />
      {preview.hiddenRows > 0 && <p className="text-sm text-slate-600">{t("hiddenRows", { count: preview.hiddenRows })}</p>}
    </section>
  );
}

function PreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const t = useTranslations("contacts.import");
  const all = useTranslations();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-preview">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2.5">{t("row")}</th>
            <th scope="col" className="px-3 py-2.5">{t("result")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.name")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.email")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.outlet")}</th>
            <th scope="col" className="px-3 py-2.5">{t("problems")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.row} className={row.action === "error" ? "bg-red-50/60" : undefined}>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums text-slate-600">{row.row}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <Badge tone={ACTION_TONES[row.action]}>{t(`actions.${row.action}`)}</Badge>
              </td>
              <td className="min-w-36 px-3 py-2 font-medium">{row.name}</td>
              <td className="break-all px-3 py-2 text-slate-600">{row.email}</td>
              <td className="min-w-32 px-3 py-2">
                {row.outlet}
                {row.newOutlet && (
                  <span className="ml-2">
                    <Badge tone="amber">{t("newOutlet")}</Badge>
                  </span>
                )}
              </td>
              <td className="min-w-48 px-3 py-2 text-red-800">
                {row.issues.length > 0 && (
                  <ul className="space-y-0.5">
                    {row.issues.map((issue, index) => (
                      <li key={index}>
                        <span className="font-medium">{t(`columns.${issue.field}`)}:</span> {all(`validation.${issue.key}`, issue.values)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
