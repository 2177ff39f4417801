"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { describedBy, Field, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome } from "@/components/ui/form-state";
import { Notice } from "@/components/ui/notice";
import { Badge } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { importResolutionsAction, previewResolutionImportAction } from "../actions";
import { CSV_IMPORT_LIMITS } from "@/lib/csv";
import type { ImportPreview, ImportPreviewRow } from "../service";

const ACTION_TONES = { create: "green", update: "blue", unchanged: "slate", error: "red" } as const;

/** Upload → preview (what each row would do, every row at fault) → confirm. */
export function ImportResolutions({ templateHref }: { templateHref: string }) {
  const t = useTranslations("resolutions.import");
  const [state, action] = useActionState(previewResolutionImportAction, null);
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <FormOutcome state={state} />
        <Field
          id="file"
          label={t("file")}
          hint={t("fileHint", { mb: CSV_IMPORT_LIMITS.bytes / 1024 / 1024, rows: CSV_IMPORT_LIMITS.rows.toLocaleString("cs-CZ") })}
          errors={errorsOf(state, "file")}
          required
        >
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
      {/* A new preview starts a new confirm step (its own outcome). */}
      {state?.ok && <PreviewAndConfirm key={state.at} preview={state.data} />}
    </div>
  );
}

function PreviewAndConfirm({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("resolutions.import");
  const [state, action] = useActionState(importResolutionsAction, null);
  const { counts } = preview;
  const toImport = counts.create + counts.update;
  if (state?.ok) {
    return (
      <Notice tone="success">
        <p>{t("done", state.data)}</p>
        <Link href="/press-releases/resolutions" className="mt-2 inline-block font-medium underline">
          {t("toRegister")}
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
        <Badge tone="slate">{t("counts.unchanged", { count: counts.unchanged })}</Badge>
        {counts.error > 0 && <Badge tone="red">{t("counts.error", { count: counts.error })}</Badge>}
      </p>
      {counts.error > 0 ? (
        <Notice tone="error">{t("hasErrors", { count: counts.error })}</Notice>
      ) : toImport === 0 ? (
        <Notice>{t("nothingToDo")}</Notice>
      ) : (
        <form action={action} className="space-y-3">
          {/* The file's text goes back whole and is parsed and checked again: the preview is not trusted. */}
          <textarea name="csv" value={preview.csv} readOnly hidden />
          <FormOutcome state={state} />
          <RowErrorList fieldErrors={state && !state.ok ? state.fieldErrors : {}} />
          <SubmitButton pendingLabel={t("importing")}>{t("confirm", { count: toImport })}</SubmitButton>
        </form>
      )}
      <PreviewTable rows={preview.rows} />
      {preview.hiddenRows > 0 && <p className="text-sm text-slate-600">{t("hiddenRows", { count: preview.hiddenRows })}</p>}
    </section>
  );
}

function PreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const t = useTranslations("resolutions.import");
  const all = useTranslations();
  const format = useFormatter();
  // A valid row's date is ISO (yyyy-mm-dd): shown as the reader writes dates; a bad one as typed.
  const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : value);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2.5">{t("row")}</th>
            <th scope="col" className="px-3 py-2.5">{t("result")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.number")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.adoptedOn")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.title")}</th>
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
              <td className="whitespace-nowrap px-3 py-2 font-medium">
                {row.body} {row.number}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{date(row.adoptedOn)}</td>
              <td className="min-w-56 max-w-md px-3 py-2">
                <span className="line-clamp-2">{row.title}</span>
              </td>
              <td className="min-w-72 px-3 py-2 text-red-800">
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

/** The confirm step's refusal: `rows.<row>.<field>` → "Row 12 · title: …". */
function RowErrorList({ fieldErrors }: { fieldErrors: Record<string, string[]> }) {
  const t = useTranslations("resolutions.import");
  const entries = Object.entries(fieldErrors)
    .map(([key, messages]) => ({ match: /^rows\.(\d+)\.(\w+)$/.exec(key), key, messages }))
    .sort((a, b) => Number(a.match?.[1] ?? 0) - Number(b.match?.[1] ?? 0));
  if (entries.length === 0) return null;
  return (
    <ul className="space-y-1 rounded-md border border-red-200 bg-white p-3 text-sm text-red-800">
      {entries.map(({ match, key, messages }) => (
        <li key={key}>
          {match ? (
            <span className="font-medium">
              {t("row")} {match[1]} · {t(`columns.${match[2]}`)}:{" "}
            </span>
          ) : null}
          {messages.join(" ")}
        </li>
      ))}
    </ul>
  );
}
