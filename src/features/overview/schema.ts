// Inputs of the office-wide views, client-safe. Query strings never fail: a wrong value falls back.
import { z } from "zod";
import { CALENDAR_VIEWS, type CalendarView, isDay } from "./calendar-range";

export const calendarQuerySchema = z.object({
  view: z.enum(CALENDAR_VIEWS as [CalendarView, ...CalendarView[]]).default("month").catch("month"),
  date: z.string().refine(isDay).optional().catch(undefined),
  /** A registry module key (calendar sources); unknown keys show nothing rather than everything. */
  module: z.string().trim().regex(/^[a-zA-Z]{1,30}$/).optional().catch(undefined),
  person: z.uuid().optional().catch(undefined),
});
export type CalendarQuery = z.input<typeof calendarQuerySchema>;

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_PER_SOURCE = 8;
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().max(200),
});

/** Creating (or rotating) and revoking take no fields: the token is the actor's own. */
export const feedTokenSchema = z.strictObject({});
