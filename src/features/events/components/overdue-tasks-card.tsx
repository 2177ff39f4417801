import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/page-header";
import type { Actor } from "@/server/authz/permissions";
import { listMyOverdueTasks } from "../queries";

/** The home page's card: the signed-in user's event tasks past their due day (only when there are any). */
export async function OverdueTasksCard({ actor }: { actor: Actor }) {
  const [t, format, tasks] = await Promise.all([getTranslations("events"), getFormatter(), listMyOverdueTasks(actor)]);
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="overdue-tasks-title" className="mb-8">
      <h2 id="overdue-tasks-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-red-700">
        {t("home.title", { count: tasks.length })}
      </h2>
      <Card>
        <ul className="divide-y divide-slate-100 text-sm" data-testid="overdue-tasks">
          {tasks.map((task) => (
            <li key={task.id} className="flex items-center justify-between gap-3 py-1.5">
              <Link href={`/events/${task.eventId}`} className="truncate text-brand-700 hover:underline">
                {task.title} — {task.eventTitle}
              </Link>
              <span className="shrink-0 tabular-nums text-red-700">{format.dateTime(new Date(`${task.dueDate}T12:00:00Z`), { dateStyle: "medium" })}</span>
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
