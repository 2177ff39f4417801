import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/page-header";
import { myEvents } from "@/features/events/overview";
import { inquiryLinks, myOpenInquiries } from "@/features/inquiries/overview";
import { todaysNewClippings } from "@/features/monitoring/overview";
import { myArticles } from "@/features/newspaper/overview";
import { nextConference } from "@/features/press-conferences/overview";
import { myReleaseWork, pressLinks, releasesInReview } from "@/features/press-releases/overview";
import { visitsThisWeek } from "@/features/visits/overview";
import { type Actor, can } from "@/server/authz/permissions";
import { ComingUpList } from "./coming-up";

// Each role's "my work" on the home page: short lists of what is the person's to do, each with a link to the
// full list. A person with several roles sees each role's section once.

function Section({ id, title, href, linkLabel, children }: { id: string; title: string; href?: string; linkLabel?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`mywork-${id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs" data-testid={`mywork-${id}`}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h3 id={`mywork-${id}`} className="font-medium text-slate-900">
          {title}
        </h3>
        {href && linkLabel && (
          <Link href={href} className="shrink-0 text-sm text-brand-700 hover:underline">
            {linkLabel}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

function Rows({ empty, children }: { empty: string; children: ReactNode[] }) {
  if (children.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return <ul className="divide-y divide-slate-100 text-sm">{children}</ul>;
}

export async function MyWork({ actor }: { actor: Actor }) {
  const t = await getTranslations("home.myWork");
  const sections: ReactNode[] = [];
  if (actor.roles.includes("SPOKESPERSON")) sections.push(<SpokespersonWork key="spokesperson" actor={actor} />);
  if (actor.roles.includes("PR_STAFF")) sections.push(<PrWork key="pr" actor={actor} />);
  if (actor.roles.includes("ASSISTANT")) sections.push(<AssistantWork key="assistant" actor={actor} />);
  if (sections.length === 0) return null;
  return (
    <section aria-labelledby="mywork-title" className="mb-8">
      <h2 id="mywork-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
        {t("title")}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">{sections}</div>
    </section>
  );
}

async function SpokespersonWork({ actor }: { actor: Actor }) {
  const [t, format] = await Promise.all([getTranslations("home.myWork"), getFormatter()]);
  const [reviews, inquiries, conference, clippings] = await Promise.all([
    can(actor, "pressRelease.view") ? releasesInReview(actor) : [],
    can(actor, "inquiry.view") ? myOpenInquiries(actor) : [],
    can(actor, "pressConference.view") ? nextConference(actor) : null,
    can(actor, "monitoring.view") ? todaysNewClippings(actor) : null,
  ]);
  const now = new Date();
  return (
    <>
      <Section id="reviews" title={t("reviews")} href={pressLinks.inReview} linkLabel={t("all")}>
        <Rows empty={t("noReviews")}>
          {reviews.map((release) => (
            <li key={release.id} className="flex justify-between gap-2 py-1.5">
              <Link href={`/press-releases/${release.id}`} className="truncate text-brand-700 hover:underline">
                {release.title}
              </Link>
              <span className="shrink-0 text-slate-500">{release.author.name}</span>
            </li>
          ))}
        </Rows>
      </Section>
      <Section id="inquiries" title={t("myInquiries")} href={inquiryLinks.mine(actor.id)} linkLabel={t("all")}>
        <Rows empty={t("noInquiries")}>
          {inquiries.map((inquiry) => (
            <li key={inquiry.id} className="flex justify-between gap-2 py-1.5">
              <Link href={`/inquiries/${inquiry.id}`} className="truncate text-brand-700 hover:underline">
                {inquiry.number} · {inquiry.subject}
              </Link>
              <span className={`shrink-0 tabular-nums ${inquiry.deadline < now ? "font-medium text-red-700" : "text-slate-600"}`}>
                {format.dateTime(inquiry.deadline, { day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit" })}
              </span>
            </li>
          ))}
        </Rows>
      </Section>
      {clippings && (
        <Section id="clippings" title={t("newClippings", { count: clippings.total })} href={clippings.href} linkLabel={t("review")}>
          <Rows empty={t("noClippings")}>
            {clippings.rows.map((clipping) => (
              <li key={clipping.id} className="flex justify-between gap-2 py-1.5">
                <Link href={`/monitoring/${clipping.id}`} className="truncate text-brand-700 hover:underline">
                  {clipping.title}
                </Link>
                <span className="shrink-0 text-slate-500">{clipping.outlet}</span>
              </li>
            ))}
          </Rows>
        </Section>
      )}
      <Section id="conference" title={t("nextConference")} href="/press-conferences" linkLabel={t("all")}>
        {conference ? (
          <p className="text-sm">
            <Link href={`/press-conferences/${conference.id}`} className="font-medium text-brand-700 hover:underline">
              {conference.topic}
            </Link>
            <span className="block text-slate-600">
              {format.dateTime(conference.startsAt, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" })} · {conference.venue}
            </span>
          </p>
        ) : (
          <p className="text-sm text-slate-600">{t("noConference")}</p>
        )}
      </Section>
    </>
  );
}

async function PrWork({ actor }: { actor: Actor }) {
  const [t, tn, format] = await Promise.all([getTranslations("home.myWork"), getTranslations("newspaper"), getFormatter()]);
  const [work, events, articles] = await Promise.all([
    can(actor, "pressRelease.view") ? myReleaseWork(actor) : null,
    can(actor, "event.view") ? myEvents(actor) : [],
    can(actor, "newsletter.view") ? myArticles(actor) : null,
  ]);
  return (
    <>
      {work && (
        <Section id="drafts" title={t("myDrafts", { count: work.drafts.length })} href={work.links.drafts} linkLabel={t("all")}>
          {work.changesRequested.length > 0 && (
            <p className="mb-2 text-sm">
              <Link href={work.links.changesRequested} className="font-medium text-amber-800 hover:underline" data-testid="changes-requested-link">
                {t("changesRequested", { count: work.changesRequested.length })}
              </Link>
            </p>
          )}
          <Rows empty={t("noDrafts")}>
            {[...work.changesRequested, ...work.drafts].slice(0, 6).map((release) => (
              <li key={release.id} className="flex justify-between gap-2 py-1.5">
                <Link href={`/press-releases/${release.id}`} className="truncate text-brand-700 hover:underline">
                  {release.title}
                </Link>
                {release.status === "CHANGES_REQUESTED" && <Badge tone="amber">{t("changesRequestedShort")}</Badge>}
              </li>
            ))}
          </Rows>
        </Section>
      )}
      {articles && (
        <Section id="articles" title={t("myArticles")} href="/newsletter" linkLabel={t("all")}>
          <Rows empty={t("noArticles")}>
            {articles.slice(0, 6).map((article) => (
              <li key={article.id} className="flex justify-between gap-2 py-1.5">
                <Link href={article.href} className="truncate text-brand-700 hover:underline">
                  {article.title}
                </Link>
                <span className={`shrink-0 ${article.overLength ? "text-amber-800" : "text-slate-500"}`}>
                  {tn(`articleStatus.${article.status}`)} · {article.issue}
                </span>
              </li>
            ))}
          </Rows>
        </Section>
      )}
      <Section id="events" title={t("myEvents")} href="/events" linkLabel={t("all")}>
        <Rows empty={t("noEvents")}>
          {events.map((event) => (
            <li key={event.id} className="flex justify-between gap-2 py-1.5">
              <Link href={`/events/${event.id}`} className="truncate text-brand-700 hover:underline">
                {event.title}
              </Link>
              <span className="shrink-0 text-slate-600">
                {format.dateTime(new Date(`${event.startDate}T12:00:00Z`), { day: "numeric", month: "numeric", timeZone: "UTC" })}
                {event.myOpenTasks > 0 && ` · ${t("openTasks", { count: event.myOpenTasks })}`}
              </span>
            </li>
          ))}
        </Rows>
      </Section>
    </>
  );
}

async function AssistantWork({ actor }: { actor: Actor }) {
  const [t, visitsT, format] = await Promise.all([getTranslations("home.myWork"), getTranslations("visits"), getFormatter()]);
  const visits = can(actor, "visit.view") ? await visitsThisWeek(actor) : [];
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { weekday: "short", day: "numeric", month: "numeric", timeZone: "UTC" });
  return (
    <>
      <Section id="visits" title={t("visitsThisWeek")} href="/visits?when=upcoming" linkLabel={t("all")}>
        <Rows empty={t("noVisits")}>
          {visits.map((visit) => (
            <li key={visit.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <Link href={`/visits/${visit.id}`} className="truncate text-brand-700 hover:underline">
                {visit.title}
              </Link>
              <span className="flex shrink-0 items-center gap-1 text-slate-600">
                {day(visit.startDate)}
                {!visit.confirmed && <Badge tone="amber">{visitsT(`status.${visit.status}`)}</Badge>}
                {visit.unconfirmedBookings > 0 && <Badge tone="red">{t("unconfirmedBookings", { count: visit.unconfirmedBookings })}</Badge>}
              </span>
            </li>
          ))}
        </Rows>
      </Section>
      {can(actor, "calendar.view") && (
        <Section id="coming" title={t("ceremoniesAndEvents")} href="/calendar?view=agenda" linkLabel={t("calendar")}>
          <ComingUpList actor={actor} days={14} modules={["ceremony", "event"]} limit={8} />
        </Section>
      )}
    </>
  );
}
