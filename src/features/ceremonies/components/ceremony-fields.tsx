import { getTranslations } from "next-intl/server";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CEREMONY_TYPES } from "../schema";

type Values = { type?: string; title?: string; occasion?: string; date?: string; venue?: string; officiant?: string; programme?: string; mediaInvited?: string; wreaths?: string; guests?: string };

/** The ceremony's fields (server-rendered inside an ActionForm): memorial acts also list wreaths and guests of honour. */
export async function CeremonyFields({ values = {} }: { values?: Values }) {
  const t = await getTranslations("ceremonies");
  return (
    <>
      <Field id="type" label={t("fields.type")}>
        <Select id="type" name="type" defaultValue={values.type ?? "WELCOMING"}>
          {CEREMONY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="title" label={t("fields.title")}>
        <TextInput id="title" name="title" defaultValue={values.title} required maxLength={200} />
      </Field>
      <Field id="occasion" label={t("fields.occasion")} hint={t("fields.occasionHint")}>
        <TextInput id="occasion" name="occasion" defaultValue={values.occasion} maxLength={100} />
      </Field>
      <Field id="date" label={t("fields.date")}>
        <TextInput id="date" name="date" type="date" defaultValue={values.date} required />
      </Field>
      <Field id="venue" label={t("fields.venue")}>
        <TextInput id="venue" name="venue" defaultValue={values.venue} required maxLength={200} />
      </Field>
      <Field id="officiant" label={t("fields.officiant")} hint={t("fields.officiantHint")}>
        <TextInput id="officiant" name="officiant" defaultValue={values.officiant} required maxLength={200} />
      </Field>
      <Field id="programme" label={t("fields.programme")} hint={t("fields.linesHint")}>
        <TextArea id="programme" name="programme" defaultValue={values.programme} rows={4} />
      </Field>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{t("memorial.title")}</legend>
        <Field id="wreaths" label={t("fields.wreaths")} hint={t("fields.linesHint")}>
          <TextArea id="wreaths" name="wreaths" defaultValue={values.wreaths} rows={3} />
        </Field>
        <Field id="guests" label={t("fields.guests")} hint={t("fields.guestsHint")}>
          <TextArea id="guests" name="guests" defaultValue={values.guests} rows={3} />
        </Field>
        <Field id="mediaInvited" label={t("fields.mediaInvited")}>
          <TextArea id="mediaInvited" name="mediaInvited" defaultValue={values.mediaInvited} rows={2} />
        </Field>
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </>
  );
}
