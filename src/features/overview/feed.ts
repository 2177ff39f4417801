import "server-only";
import { type Actor, can } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { buildFeedIcs } from "./ics";
import { readCalendarEntries } from "./queries";
import { hashFeedToken } from "./service";

// The personal calendar feed behind /calendar/feed/<token>.ics: no session (calendar clients cannot log in),
// the secret token is the key. It reads as its owner: their roles, re-read now, decide which modules appear;
// a revoked or unknown token, a deactivated owner or one without calendar.view answer null (→ 404).
// No citizen's personal data is in any calendar source (see ceremonies/overview.ts).

export const FEED_PAST_DAYS = 30;
export const FEED_FUTURE_DAYS = 365;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is written at most this often (calendar clients poll every few minutes). */
const TOUCH_AFTER_MS = 10 * 60_000;

export async function calendarFeed(
  token: string,
  options: { origin: string; moduleLabel: (module: string, locale: string) => string; calendarName: (locale: string) => string },
  now = new Date(),
): Promise<{ body: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db.calendarFeedToken.findUnique({ where: { tokenHash: hashFeedToken(token) }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  const user = await db.user.findUnique({ where: { id: row.userId }, select: { id: true, name: true, email: true, roles: true, locale: true, isActive: true } });
  if (!user || !user.isActive) return null;
  const actor: Actor = { id: user.id, name: user.name, email: user.email, roles: [...user.roles], locale: user.locale };
  if (!can(actor, "calendar.view")) return null;
  const entries = await readCalendarEntries(actor, { from: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000), to: new Date(now.getTime() + FEED_FUTURE_DAYS * 86_400_000) });
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.calendarFeedToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastUsedAt: now } });
  }
  const body = buildFeedIcs({
    name: options.calendarName(user.locale),
    now,
    origin: options.origin,
    timeZone: config().CITY_TIME_ZONE,
    moduleLabel: (module) => options.moduleLabel(module, user.locale),
    entries,
  });
  return { body };
}
