import Link from "next/link";
import type { ReactNode } from "react";

/** The calm page behind 403, 404 and 500: what happened, and one way on. */
export function StatusPage({ code, title, body, action }: { code: string; title: string; body: ReactNode; action?: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <div className="mt-3 text-sm text-slate-600">{body}</div>
      {action && (
        <Link href={action.href} className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {action.label}
        </Link>
      )}
    </div>
  );
}
