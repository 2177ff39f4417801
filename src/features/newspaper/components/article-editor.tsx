"use client";
import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { countChars, lengthState } from "../policy";
import { updateArticleAction } from "../actions";

export interface ArticleEditorLabels {
  title: string;
  perex: string;
  body: string;
  bodyHint: string;
  authorName: string;
  allottedChars: string;
  councilClub: string;
  noClub: string;
  note: string;
  save: string;
  saving: string;
  saved: string;
  length: string;
  over: string;
}

/** The article's text with a live length against the allotted space (the same count the server keeps). */
export function ArticleEditor({
  article,
  clubs,
  labels,
}: {
  article: { id: string; version: number; title: string; perex: string; body: string; authorName: string; allottedChars: number | null; councilClubId: string | null };
  clubs: Array<{ id: string; name: string }>;
  labels: ArticleEditorLabels;
}) {
  const [state, action] = useActionState(updateArticleAction, null);
  const locale = useLocale();
  const key = `${article.version}-${state?.at ?? 0}`;
  const initial = {
    title: valueOf(state, "title", article.title),
    perex: valueOf(state, "perex", article.perex),
    body: valueOf(state, "body", article.body),
    allotted: valueOf(state, "allottedChars", article.allottedChars ? String(article.allottedChars) : ""),
  };
  const [text, setText] = useState(initial);
  const chars = countChars(text.title, text.perex, text.body);
  const allotted = Number(text.allotted) || null;
  const status = lengthState(chars, allotted);
  const errors = (name: string) => errorsOf(state, name);
  return (
    <form action={action} className="space-y-3" key={key} data-testid="article-editor">
      <input type="hidden" name="id" value={article.id} />
      <input type="hidden" name="version" value={article.version} />
      <FormOutcome state={state} success={labels.saved} />
      <Field id="title" label={labels.title} errors={errors("title")} required>
        <TextInput {...describedBy("title", errors("title"))} name="title" defaultValue={initial.title} maxLength={300} onChange={(event) => setText({ ...text, title: event.target.value })} />
      </Field>
      <Field id="perex" label={labels.perex} errors={errors("perex")}>
        <TextArea {...describedBy("perex", errors("perex"))} name="perex" rows={3} defaultValue={initial.perex} maxLength={2000} onChange={(event) => setText({ ...text, perex: event.target.value })} />
      </Field>
      <Field id="body" label={labels.body} hint={labels.bodyHint} errors={errors("body")}>
        <TextArea {...describedBy("body", errors("body"), true)} name="body" rows={16} defaultValue={initial.body} onChange={(event) => setText({ ...text, body: event.target.value })} className="font-serif" />
      </Field>
      <p
        aria-live="polite"
        data-testid="length"
        className={`text-sm ${status === "over" ? "font-semibold text-red-700" : status === "near" ? "text-amber-800" : "text-slate-600"}`}
      >
        {labels.length.replace("%chars%", chars.toLocaleString(locale)).replace("%allotted%", allotted ? allotted.toLocaleString(locale) : "—")}
        {status === "over" && allotted ? ` — ${labels.over.replace("%over%", (chars - allotted).toLocaleString(locale))}` : ""}
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="authorName" label={labels.authorName} errors={errors("authorName")}>
          <TextInput {...describedBy("authorName", errors("authorName"))} name="authorName" defaultValue={valueOf(state, "authorName", article.authorName)} maxLength={200} />
        </Field>
        <Field id="allottedChars" label={labels.allottedChars} errors={errors("allottedChars")}>
          <TextInput {...describedBy("allottedChars", errors("allottedChars"))} name="allottedChars" inputMode="numeric" defaultValue={initial.allotted} onChange={(event) => setText({ ...text, allotted: event.target.value })} />
        </Field>
        <Field id="councilClubId" label={labels.councilClub} errors={errors("councilClubId")}>
          <Select {...describedBy("councilClubId", errors("councilClubId"))} name="councilClubId" defaultValue={valueOf(state, "councilClubId", article.councilClubId ?? "")}>
            <option value="">{labels.noClub}</option>
            {clubs.map((club) => (
              <option key={club.id} value={club.id}>
                {club.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="note" label={labels.note} errors={errors("note")}>
        <TextInput {...describedBy("note", errors("note"))} name="note" defaultValue="" maxLength={300} />
      </Field>
      <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
    </form>
  );
}
