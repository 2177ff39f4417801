"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { ACCEPT, type MediaKind } from "@/features/release-media/schema";
import { removeConferenceMaterialAction, setMaterialsPublishedAction, uploadConferenceMaterialAction } from "../actions";

export interface MaterialRow {
  id: string;
  kind: MediaKind;
  fileName: string;
  size: string;
  caption: string | null;
}

/**
 * The conference's materials for the journalists: the list (staff download through /media/<id>),
 * upload (PDF or photo), remove, and "show to the invitees" — after which every invited journalist
 * finds them on their personal RSVP page.
 */
export function MaterialsPanel({ conferenceId, materials, published, canManage }: { conferenceId: string; materials: MaterialRow[]; published: boolean; canManage: boolean }) {
  const t = useTranslations("pressConferences.materials");
  const [uploadState, upload] = useActionState(uploadConferenceMaterialAction, null);
  const [removeState, remove] = useActionState(removeConferenceMaterialAction, null);
  const [publishState, publish] = useActionState(setMaterialsPublishedAction, null);
  const [kind, setKind] = useState<MediaKind>((valueOf(uploadState, "kind", "ATTACHMENT") as MediaKind) || "ATTACHMENT");
  return (
    <div className="space-y-4" data-testid="conference-materials">
      <p className="text-sm text-slate-600">{published ? t("publishedHint") : t("unpublishedHint")}</p>
      <FormOutcome state={removeState} success={t("removed")} />
      <FormOutcome state={publishState} success={published ? t("publishedDone") : t("unpublishedDone")} />
      {materials.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {materials.map((material) => (
            <li key={material.id} className="flex items-center justify-between gap-3 py-2">
              <div className="min-w-0">
                <a href={`/media/${material.id}?download=1`} className="font-medium text-brand-700 hover:underline">
                  {material.fileName}
                </a>
                <span className="ml-2 text-slate-500">
                  {t(`kind.${material.kind}`)} · {material.size}
                </span>
                {material.caption && <p className="text-slate-600">{material.caption}</p>}
              </div>
              {canManage && (
                <form action={remove}>
                  <input type="hidden" name="id" value={material.id} />
                  <SubmitButton variant="secondary">{t("remove")}</SubmitButton>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <>
          <form action={publish}>
            <input type="hidden" name="conferenceId" value={conferenceId} />
            <input type="hidden" name="published" value={published ? "false" : "true"} />
            <SubmitButton variant={published ? "secondary" : "primary"}>{published ? t("unpublish") : t("publish")}</SubmitButton>
          </form>
          <form action={upload} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate key={uploadState?.ok ? uploadState.at : 0}>
            <h3 className="text-sm font-semibold">{t("uploadTitle")}</h3>
            <FormOutcome state={uploadState} success={t("uploaded")} />
            <input type="hidden" name="conferenceId" value={conferenceId} />
            <div className="space-y-3">
              <Field id="material-kind" label={t("fields.kind")}>
                <Select id="material-kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as MediaKind)}>
                  <option value="ATTACHMENT">{t("kind.ATTACHMENT")}</option>
                  <option value="PHOTO">{t("kind.PHOTO")}</option>
                </Select>
              </Field>
              <Field id="material-file" label={t("fields.file")} errors={errorsOf(uploadState, "file")} required>
                <TextInput name="file" type="file" className="text-sm file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1" accept={ACCEPT[kind]} {...describedBy("material-file", errorsOf(uploadState, "file"))} />
              </Field>
            </div>
            <Field id="material-caption" label={t("fields.caption")} errors={errorsOf(uploadState, "caption")}>
              <TextInput name="caption" maxLength={1000} defaultValue={valueOf(uploadState, "caption")} {...describedBy("material-caption", errorsOf(uploadState, "caption"))} />
            </Field>
            {kind === "PHOTO" && (
              <Field id="material-alt" label={t("fields.altText")} errors={errorsOf(uploadState, "altText")} required>
                <TextInput name="altText" maxLength={500} defaultValue={valueOf(uploadState, "altText")} {...describedBy("material-alt", errorsOf(uploadState, "altText"))} />
              </Field>
            )}
            <SubmitButton variant="secondary">{t("upload")}</SubmitButton>
          </form>
        </>
      )}
    </div>
  );
}
