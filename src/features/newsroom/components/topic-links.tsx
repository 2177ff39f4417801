import Link from "next/link";
import { topicName } from "./topic-name";

/** A release's topics as links to the newsroom filtered by each. */
export function TopicLinks({
  topics,
  locale,
  label,
  className = "mt-3",
}: {
  topics: Array<{ slug: string; nameCs: string; nameEn: string }>;
  locale: string;
  label: string;
  className?: string;
}) {
  if (topics.length === 0) return null;
  return (
    <ul className={`${className} flex flex-wrap gap-2`} aria-label={label}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link
            href={`/newsroom?topic=${topic.slug}`}
            className="rounded-full border border-slate-200 px-2.5 py-0.5 text-xs text-slate-600 hover:border-brand-200 hover:bg-brand-50 hover:text-brand-800"
          >
            {topicName(topic, locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
