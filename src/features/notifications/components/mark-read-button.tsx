"use client";
import { useActionState } from "react";
import { markNotificationsReadAction } from "../actions";

export function MarkReadButton({ id, all, label }: { id?: string; all?: boolean; label: string }) {
  const [, action, pending] = useActionState(markNotificationsReadAction, null);
  return (
    <form action={action}>
      {id && <input type="hidden" name="id" value={id} />}
      {all && <input type="hidden" name="all" value="true" />}
      <button type="submit" disabled={pending} className="shrink-0 rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 disabled:opacity-50">
        {label}
      </button>
    </form>
  );
}
