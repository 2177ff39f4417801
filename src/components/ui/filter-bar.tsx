import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { cn } from "./cn";
import { Select, TextInput } from "./field";

// The filter bar above a staff list: a GET form (the URL is the state, so a filtered list can be
// bookmarked and shared), the list's sort kept in hidden fields, a search box, selects whose first option
// means "all", and Filter / Clear. Server component: the labels come translated from the caller.

export function FilterBar({
  sort,
  dir,
  columnsClass,
  resetHref,
  filterLabel,
  resetLabel,
  toggles,
  children,
}: {
  /** The list's current sort, kept when the filters change. */
  sort?: string;
  dir?: string;
  /** The grid's columns at larger widths, e.g. "lg:grid-cols-[minmax(12rem,2fr)_repeat(2,minmax(8rem,1fr))_auto]". */
  columnsClass: string;
  resetHref: string;
  filterLabel: string;
  resetLabel: string;
  /** Checkboxes (FilterToggle) on a second row, with the buttons at its end. */
  toggles?: ReactNode;
  children: ReactNode;
}) {
  const buttons = (
    <>
      <button type="submit" className={buttonClass("primary")}>
        {filterLabel}
      </button>
      <Link href={resetHref} className={buttonClass("ghost")}>
        {resetLabel}
      </Link>
    </>
  );
  return (
    <form method="get" role="search" className={cn("mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2", columnsClass)}>
      {sort && <input type="hidden" name="sort" value={sort} />}
      {dir && <input type="hidden" name="dir" value={dir} />}
      {children}
      {toggles ? (
        <div className="col-span-full flex flex-wrap items-center gap-4">
          {toggles}
          <div className="ml-auto flex gap-2">{buttons}</div>
        </div>
      ) : (
        <div className="flex gap-2">{buttons}</div>
      )}
    </form>
  );
}

export function FilterSearch({ value, label, testId, className }: { value?: string; label: string; testId?: string; className?: string }) {
  return <TextInput className={className} name="q" type="search" defaultValue={value ?? ""} placeholder={label} aria-label={label} data-testid={testId} />;
}

/** A select whose first option ("all …") sets no filter. */
export function FilterSelect({
  name,
  value,
  label,
  allLabel,
  options,
}: {
  name: string;
  value?: string;
  label: string;
  allLabel: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <Select name={name} defaultValue={value ?? ""} aria-label={label}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

/** A checkbox filter ("overdue only"): sends name=value (default "1") when ticked. */
export function FilterToggle({ name, value = "1", checked, label }: { name: string; value?: string; checked: boolean; label: string }) {
  return (
    <label className="flex items-center gap-2 whitespace-nowrap px-1 text-sm text-slate-700">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="accent-brand-600" />
      {label}
    </label>
  );
}
