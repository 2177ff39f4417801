"use client";
import {
  type ColumnDef,
  createColumnHelper,
  type RowData,
  type RowSelectionState,
  rowSelectionFeature,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type ReactNode, useState } from "react";
import { cn } from "./cn";

// A server-driven table: the page reads sort, filters and page from the URL and sends one page of rows;
// this component renders them with TanStack Table (headless), turns header clicks into URL changes
// (so that a sorted, filtered view can be bookmarked) and keeps the row selection for bulk actions.

const features = tableFeatures({ rowSortingFeature, rowSelectionFeature });
export type DataTableFeatures = typeof features;
export type DataTableColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;

/** Column definitions are made in client components with this helper. */
export function dataTableColumns<T extends RowData>() {
  return createColumnHelper<DataTableFeatures, T>();
}

export interface DataTableProps<T extends RowData> {
  columns: DataTableColumn<T>[];
  rows: T[];
  getRowId: (row: T) => string;
  caption: string;
  emptyText: string;
  /** The URL parameters that hold the sort: ?sort=<column id>&dir=asc|desc. */
  sort?: { id: string; desc: boolean };
  labels: { sortAscending: string; sortDescending: string; selectAll: string; selectRow: string };
  /** With bulk actions, rows get checkboxes; the actions receive the selected ids. */
  bulkActions?: (selectedIds: string[], clearSelection: () => void) => ReactNode;
  /** Extra classes of a row (e.g. overdue rows stand out). */
  rowClassName?: (row: T) => string | undefined;
}

export function DataTable<T extends RowData>({ columns, rows, getRowId, caption, emptyText, sort, labels, bulkActions, rowClassName }: DataTableProps<T>) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const sorting: SortingState = sort ? [{ id: sort.id, desc: sort.desc }] : [];

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    enableMultiSort: false,
    enableRowSelection: Boolean(bulkActions),
    state: { sorting, rowSelection },
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const params = new URLSearchParams(searchParams.toString());
      params.delete("page");
      if (next.length) {
        params.set("sort", next[0].id);
        params.set("dir", next[0].desc ? "desc" : "asc");
      } else {
        params.delete("sort");
        params.delete("dir");
      }
      router.push(`${pathname}?${params.toString()}`);
    },
  });

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  return (
    <div className="space-y-3">
      {bulkActions && selectedIds.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm">
          {bulkActions(selectedIds, () => setRowSelection({}))}
        </div>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {bulkActions && (
                  <th scope="col" className="w-10 px-4 py-2.5">
                    <input
                      type="checkbox"
                      aria-label={labels.selectAll}
                      checked={table.getIsAllRowsSelected()}
                      ref={(element) => {
                        if (element) element.indeterminate = table.getIsSomeRowsSelected();
                      }}
                      onChange={() => table.toggleAllRowsSelected()}
                      className="accent-brand-600"
                    />
                  </th>
                )}
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-4 py-2.5"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 uppercase hover:text-slate-800"
                          title={sorted === "asc" ? labels.sortDescending : labels.sortAscending}
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden className="text-slate-400">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + (bulkActions ? 1 : 0)} className="px-4 py-10 text-center text-slate-500">
                  {emptyText}
                </td>
              </tr>
            )}
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={cn(rowClassName?.(row.original), row.getIsSelected() && "bg-brand-50/60")}>
                {bulkActions && (
                  <td className="px-4 py-3">
                    <input
                      type="checkbox"
                      aria-label={labels.selectRow}
                      checked={row.getIsSelected()}
                      onChange={() => row.toggleSelected()}
                      className="accent-brand-600"
                    />
                  </td>
                )}
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-4 py-3 align-top">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
