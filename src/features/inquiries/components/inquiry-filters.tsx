import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSearch, FilterSelect, FilterToggle } from "@/components/ui/filter-bar";
import { INQUIRY_CHANNELS, INQUIRY_STATUSES } from "../schema";

// The filter is the URL ("overdue ones", "my FOI requests" can be bookmarked).
export async function InquiryFilters({ values, owners }: { values: Record<string, string | undefined>; owners: Array<{ id: string; name: string }> }) {
  const t = await getTranslations("inquiries");
  const common = await getTranslations("common");
  return (
    <FilterBar
      sort={values.sort}
      dir={values.dir}
      columnsClass="lg:grid-cols-[minmax(12rem,2fr)_repeat(3,minmax(8rem,1fr))]"
      resetHref="/inquiries"
      filterLabel={common("filter")}
      resetLabel={common("reset")}
      toggles={
        <>
          <FilterToggle name="overdue" checked={values.overdue === "1"} label={t("filterOverdue")} />
          <FilterToggle name="foi" checked={values.foi === "1"} label={t("filterFoi")} />
        </>
      }
    >
      <FilterSearch value={values.q} label={t("search")} testId="inquiry-search" />
      <FilterSelect name="status" value={values.status} label={t("columns.status")} allLabel={t("allStatuses")} options={INQUIRY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
      <FilterSelect name="ownerId" value={values.ownerId} label={t("columns.owner")} allLabel={t("allOwners")} options={owners.map((owner) => ({ value: owner.id, label: owner.name }))} />
      <FilterSelect name="channel" value={values.channel} label={t("columns.channel")} allLabel={t("allChannels")} options={INQUIRY_CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))} />
    </FilterBar>
  );
}
