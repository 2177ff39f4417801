"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { setPromoItemPhotoAction } from "../actions";

/** The item's photo: JPEG, PNG or WebP up to 15 MB, re-encoded on the server (no EXIF/GPS). */
export function PromoItemPhotoForm({ itemId, hasPhoto }: { itemId: string; hasPhoto: boolean }) {
  const t = useTranslations("promoItems");
  const [state, action] = useActionState(setPromoItemPhotoAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={itemId} />
      <FormOutcome state={state} success={t("photo.saved")} />
      {state && !state.ok && state.fieldErrors.file && <p className="text-sm text-red-700">{state.fieldErrors.file[0]}</p>}
      {hasPhoto && (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/promo-items/${itemId}/photo?v=${state?.at ?? 0}`} alt={t("photo.alt")} className="h-40 w-40 rounded-md object-cover" />
      )}
      <input type="file" name="file" accept="image/jpeg,image/png,image/webp" aria-label={t("photo.choose")} className="block text-sm" required />
      <SubmitButton pendingLabel={t("form.saving")}>{hasPhoto ? t("photo.replace") : t("photo.upload")}</SubmitButton>
    </form>
  );
}
