import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { INQUIRY_CHANNELS, INQUIRY_STATUSES } from "../schema";

// A GET form: the filter is the URL ("overdue ones", "my FOI requests" can be bookmarked).
export async function InquiryFilters({ values, owners }: { values: Record<string, string | undefined>; owners: Array<{ id: string; name: string }> }) {
  const t = await getTranslations("inquiries");
  const common = await getTranslations("common");
  return (
    <form method="get" role="search" className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,2fr)_repeat(3,minmax(8rem,1fr))]">
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
      <TextInput name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("search")} aria-label={t("search")} data-testid="inquiry-search" />
      <Select name="status" defaultValue={values.status ?? ""} aria-label={t("columns.status")}>
        <option value="">{t("allStatuses")}</option>
        {INQUIRY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </Select>
      <Select name="ownerId" defaultValue={values.ownerId ?? ""} aria-label={t("columns.owner")}>
        <option value="">{t("allOwners")}</option>
        {owners.map((owner) => (
          <option key={owner.id} value={owner.id}>
            {owner.name}
          </option>
        ))}
      </Select>
      <Select name="channel" defaultValue={values.channel ?? ""} aria-label={t("columns.channel")}>
        <option value="">{t("allChannels")}</option>
        {INQUIRY_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channel.${channel}`)}
          </option>
        ))}
      </Select>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
      <label className="flex items-center gap-2 whitespace-nowrap px-1 text-sm text-slate-700">
        <input type="checkbox" name="overdue" value="1" defaultChecked={values.overdue === "1"} className="accent-brand-600" />
        {t("filterOverdue")}
      </label>
      <label className="flex items-center gap-2 whitespace-nowrap px-1 text-sm text-slate-700">
        <input type="checkbox" name="foi" value="1" defaultChecked={values.foi === "1"} className="accent-brand-600" />
        {t("filterFoi")}
      </label>
      <div className="ml-auto flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {common("filter")}
        </button>
        <Link href="/inquiries" className={buttonClass("ghost")}>
          {common("reset")}
        </Link>
      </div>
      </div>
    </form>
  );
}
