import { cn } from "@/components/ui/cn";

// The calendar's colour per module (unknown modules, e.g. one added later, are grey until given a colour).
export const MODULE_COLORS: Record<string, string> = {
  conference: "bg-sky-100 text-sky-900 border-sky-300",
  visit: "bg-violet-100 text-violet-900 border-violet-300",
  event: "bg-emerald-100 text-emerald-900 border-emerald-300",
  ceremony: "bg-amber-100 text-amber-900 border-amber-300",
  newspaper: "bg-rose-100 text-rose-900 border-rose-300",
};

export function moduleColor(module: string): string {
  return MODULE_COLORS[module] ?? "bg-slate-100 text-slate-800 border-slate-300";
}

export function ModuleBadge({ module, label }: { module: string; label: string }) {
  return <span className={cn("inline-flex shrink-0 items-center rounded border px-1.5 py-0.5 text-xs font-medium", moduleColor(module))}>{label}</span>;
}
