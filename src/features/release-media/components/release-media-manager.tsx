"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { removeReleaseFileAction, updateReleaseFileAction, uploadReleaseFileAction } from "../actions";
import { formatBytes } from "../format";
import { ACCEPT, ALT_MAX, CAPTION_MAX, CREDIT_MAX, MAX_BYTES, MB, type MediaKind } from "../schema";

export interface ManagedFile {
  id: string;
  kind: MediaKind;
  fileName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  caption: string | null;
  credit: string | null;
  altText: string | null;
  position: number;
}

/**
 * The release page's photos and attachments: the list (thumbnails from /media/<id>?size=web) and, for
 * those who may change them (listReleaseFiles → canManage), the uploader and per-file edit/remove.
 */
export function ReleaseMediaManager({ pressReleaseId, files, canManage }: { pressReleaseId: string; files: ManagedFile[]; canManage: boolean }) {
  const t = useTranslations("releaseMedia");
  const photos = files.filter((file) => file.kind === "PHOTO");
  const attachments = files.filter((file) => file.kind === "ATTACHMENT");
  return (
    <section aria-labelledby="release-media-heading" className="space-y-6" data-testid="release-media">
      <h2 id="release-media-heading" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {files.length === 0 && <p className="text-sm text-slate-500">{t("empty")}</p>}
      {photos.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-700">{t("photos")}</h3>
          <ul className="mt-2 grid gap-4 sm:grid-cols-2">
            {photos.map((file) => (
              <MediaItem key={file.id} file={file} canManage={canManage} />
            ))}
          </ul>
        </div>
      )}
      {attachments.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-700">{t("attachments")}</h3>
          <ul className="mt-2 space-y-3">
            {attachments.map((file) => (
              <MediaItem key={file.id} file={file} canManage={canManage} />
            ))}
          </ul>
        </div>
      )}
      {canManage && <UploadForm pressReleaseId={pressReleaseId} />}
    </section>
  );
}

function UploadForm({ pressReleaseId }: { pressReleaseId: string }) {
  const t = useTranslations("releaseMedia");
  const [state, action] = useActionState(uploadReleaseFileAction, null);
  const [kind, setKind] = useState<MediaKind>("PHOTO");
  const isPhoto = kind === "PHOTO";
  // A successful upload empties the form (a new key remounts the fields).
  const formKey = state?.ok ? state.at : 0;
  return (
    <form action={action} key={formKey} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate data-testid="release-media-upload">
      <h3 className="text-sm font-semibold text-slate-800">{t("upload.title")}</h3>
      <input type="hidden" name="pressReleaseId" value={pressReleaseId} />
      <FormOutcome state={state} success={t("upload.done")} />
      <Field id="media-kind" label={t("fields.kind")} errors={errorsOf(state, "kind")}>
        <Select {...describedBy("media-kind", errorsOf(state, "kind"))} name="kind" value={kind} onChange={(event) => setKind(event.target.value as MediaKind)}>
          <option value="PHOTO">{t("kinds.PHOTO")}</option>
          <option value="ATTACHMENT">{t("kinds.ATTACHMENT")}</option>
        </Select>
      </Field>
      <Field
        id="media-file"
        label={t("fields.file")}
        hint={isPhoto ? t("upload.photoHint", { max: MAX_BYTES.PHOTO / MB }) : t("upload.attachmentHint", { max: MAX_BYTES.ATTACHMENT / MB })}
        errors={errorsOf(state, "file")}
        required
      >
        <input {...describedBy("media-file", errorsOf(state, "file"), true)} type="file" name="file" accept={ACCEPT[kind]} required className="block w-full text-sm" />
      </Field>
      {isPhoto && (
        <Field id="media-alt" label={t("fields.altText")} hint={t("fields.altTextHint")} errors={errorsOf(state, "altText")} required>
          <TextInput {...describedBy("media-alt", errorsOf(state, "altText"), true)} name="altText" maxLength={ALT_MAX} required defaultValue={valueOf(state, "altText")} />
        </Field>
      )}
      <Field id="media-caption" label={t("fields.caption")} errors={errorsOf(state, "caption")}>
        <TextArea {...describedBy("media-caption", errorsOf(state, "caption"))} name="caption" rows={2} maxLength={CAPTION_MAX} defaultValue={valueOf(state, "caption")} />
      </Field>
      {isPhoto && (
        <Field id="media-credit" label={t("fields.credit")} hint={t("fields.creditHint")} errors={errorsOf(state, "credit")}>
          <TextInput {...describedBy("media-credit", errorsOf(state, "credit"), true)} name="credit" maxLength={CREDIT_MAX} defaultValue={valueOf(state, "credit")} />
        </Field>
      )}
      <SubmitButton pendingLabel={t("upload.pending")}>{t("upload.submit")}</SubmitButton>
    </form>
  );
}

function MediaItem({ file, canManage }: { file: ManagedFile; canManage: boolean }) {
  const t = useTranslations("releaseMedia");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const isPhoto = file.kind === "PHOTO";
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="release-media-item">
      <div className="flex gap-3">
        {isPhoto ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized
          <img src={`/media/${file.id}?size=web`} alt={file.altText ?? ""} className="h-24 w-32 shrink-0 rounded object-cover" loading="lazy" />
        ) : null}
        <div className="min-w-0 text-sm">
          <a href={`/media/${file.id}?download=1`} className="break-all font-medium text-brand-700 hover:underline">
            {file.fileName}
          </a>
          <p className="text-slate-500">
            {formatBytes(file.byteSize, locale)}
            {file.width && file.height ? ` · ${file.width} × ${file.height} px` : ""}
          </p>
          {file.caption && <p className="mt-1 text-slate-800">{file.caption}</p>}
          {file.credit && <p className="text-slate-500">{file.credit}</p>}
          {isPhoto && <p className="text-slate-500">{t("altShown", { alt: file.altText ?? "" })}</p>}
        </div>
      </div>
      {canManage && (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setEditing((value) => !value)} aria-expanded={editing}>
            {editing ? t("edit.close") : t("edit.open")}
          </Button>
          <RemoveForm file={file} />
        </div>
      )}
      {canManage && editing && <EditForm file={file} onDone={() => setEditing(false)} />}
    </li>
  );
}

function EditForm({ file, onDone }: { file: ManagedFile; onDone: () => void }) {
  const t = useTranslations("releaseMedia");
  const [state, action] = useActionState(async (previous: unknown, payload: FormData) => {
    const result = await updateReleaseFileAction(previous, payload);
    if (result?.ok) onDone();
    return result;
  }, null);
  const id = (name: string) => `media-${file.id}-${name}`;
  const isPhoto = file.kind === "PHOTO";
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="id" value={file.id} />
      <FormOutcome state={state} />
      {isPhoto && (
        <Field id={id("alt")} label={t("fields.altText")} hint={t("fields.altTextHint")} errors={errorsOf(state, "altText")} required>
          <TextInput {...describedBy(id("alt"), errorsOf(state, "altText"), true)} name="altText" maxLength={ALT_MAX} required defaultValue={valueOf(state, "altText", file.altText ?? "")} />
        </Field>
      )}
      <Field id={id("caption")} label={t("fields.caption")} errors={errorsOf(state, "caption")}>
        <TextArea {...describedBy(id("caption"), errorsOf(state, "caption"))} name="caption" rows={2} maxLength={CAPTION_MAX} defaultValue={valueOf(state, "caption", file.caption ?? "")} />
      </Field>
      {isPhoto && (
        <Field id={id("credit")} label={t("fields.credit")} errors={errorsOf(state, "credit")}>
          <TextInput {...describedBy(id("credit"), errorsOf(state, "credit"))} name="credit" maxLength={CREDIT_MAX} defaultValue={valueOf(state, "credit", file.credit ?? "")} />
        </Field>
      )}
      <Field id={id("position")} label={t("fields.position")} hint={t("fields.positionHint")} errors={errorsOf(state, "position")}>
        <TextInput
          {...describedBy(id("position"), errorsOf(state, "position"), true)}
          name="position"
          type="number"
          min={0}
          max={9999}
          className="w-28"
          defaultValue={valueOf(state, "position", String(file.position))}
        />
      </Field>
      <SubmitButton variant="secondary">{t("edit.save")}</SubmitButton>
    </form>
  );
}

function RemoveForm({ file }: { file: ManagedFile }) {
  const t = useTranslations("releaseMedia");
  const [state, action] = useActionState(removeReleaseFileAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("remove.confirm", { name: file.fileName }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={file.id} />
      <SubmitButton variant="danger">{t("remove.submit")}</SubmitButton>
      {state && !state.ok && <FormOutcome state={state} />}
    </form>
  );
}
