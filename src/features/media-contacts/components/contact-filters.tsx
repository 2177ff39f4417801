import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { OUTLET_KINDS } from "../schema";

// A GET form: the filter is the URL (bookmarkable; the exports use the same query string).
export async function ContactFilters({
  values,
  options,
}: {
  values: Record<string, string | undefined>;
  options: { outlets: Array<{ id: string; name: string }>; beats: string[]; languages: string[]; regions: string[] };
}) {
  const t = await getTranslations("contacts");
  const common = await getTranslations("common");
  return (
    <form method="get" role="search" className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5">
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
      <TextInput className="sm:col-span-2 lg:col-span-5" name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("search")} aria-label={t("search")} data-testid="contact-search" />
      <Select name="outletId" defaultValue={values.outletId ?? ""} aria-label={t("columns.outlet")}>
        <option value="">{t("allOutlets")}</option>
        {options.outlets.map((outlet) => (
          <option key={outlet.id} value={outlet.id}>
            {outlet.name}
          </option>
        ))}
      </Select>
      <Select name="kind" defaultValue={values.kind ?? ""} aria-label={t("fields.kind")}>
        <option value="">{t("allKinds")}</option>
        {OUTLET_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </Select>
      <Select name="beat" defaultValue={values.beat ?? ""} aria-label={t("columns.beats")}>
        <option value="">{t("allBeats")}</option>
        {options.beats.map((beat) => (
          <option key={beat} value={beat}>
            {beat}
          </option>
        ))}
      </Select>
      <Select name="language" defaultValue={values.language ?? ""} aria-label={t("columns.languages")}>
        <option value="">{t("allLanguages")}</option>
        {options.languages.map((language) => (
          <option key={language} value={language}>
            {language.toUpperCase()}
          </option>
        ))}
      </Select>
      <Select name="region" defaultValue={values.region ?? ""} aria-label={t("fields.region")}>
        <option value="">{t("allRegions")}</option>
        {options.regions.map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
      </Select>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-5">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="dnc" value="1" defaultChecked={values.dnc === "1"} className="accent-brand-600" />
          {t("doNotContactOnly")}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="filter" value="informOverdue" defaultChecked={values.filter === "informOverdue"} className="accent-brand-600" />
          {t("informOverdueOnly")}
        </label>
        <div className="ml-auto flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {common("filter")}
          </button>
          <Link href="/contacts" className={buttonClass("ghost")}>
            {common("reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
