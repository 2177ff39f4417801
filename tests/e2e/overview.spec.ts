import { mkdirSync } from "node:fs";
import ICAL from "ical.js";
import { expect, type Page, request as playwrightRequest } from "@playwright/test";
import { cs, DEMO_PASSWORD, en, signIn, test } from "./support/app";

// The head of office's dashboard, the office calendar, the personal ICS feed and the global search, on the
// demo data. Every number of a tile is compared with the list its link opens (the lists read the database
// with their own queries; the integration tests compare each tile with a direct count as well).

const HEAD = { email: "head@herald.example", password: DEMO_PASSWORD, firstName: "Alena" };
const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const EMILY = { email: "emily.clarke@herald.example", password: DEMO_PASSWORD, firstName: "Emily" };
const SPOKESPERSON = { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" };
const SHOTS = "/tmp/overview-shots";
/** The demo's press briefing that clashes with a visit (prisma/seed/demo-overview.ts). */
const BRIEFING = "Briefing pro média v místě návštěvy";
const d = cs.dashboard;
const c = cs.calendar;

async function statValue(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? "";
  return Number(text.trim());
}

/** Rows of the staff table on the current list page. */
const tableRows = (page: Page) => page.locator("main table tbody tr");

test("the head's dashboard: numbers match the lists behind their links; desktop and phone", async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, HEAD);
  // The head's home shows the dashboard under the greeting.
  await expect(page.getByTestId("dashboard")).toBeVisible();

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: d.title })).toBeVisible();
  for (const tile of ["decisions", "press", "inquiries", "comingUp", "budgets", "stock", "ceremonies"]) await expect(page.getByTestId(`tile-${tile}`)).toBeVisible();
  await expect(page.getByTestId("tile-press").locator("svg.recharts-surface")).toBeVisible();
  // The next 14 days: the demo's press briefing booked into a visit's room at the same time, both marked.
  // (Other specs running alongside may add clashes of their own: the demo's one is checked by its title.)
  await expect(page.getByTestId("tile-comingUp").getByTestId("coming-up-entry").filter({ has: page.getByRole("link", { name: BRIEFING }) }).getByTestId("clash-mark")).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/dashboard-1366.png`, fullPage: true });

  // Releases in review → the filtered list shows the same number.
  const inReview = await statValue(page, "stat-releases-in-review");
  expect(inReview).toBeGreaterThan(0);
  await page.getByTestId("stat-releases-in-review-link").click();
  await page.waitForURL(/\/press-releases\?status=IN_REVIEW$/);
  await expect(tableRows(page)).toHaveCount(inReview);

  // Published this month → the list filtered by the same month and status.
  await page.goto("/dashboard");
  const published = await statValue(page, "stat-published-this-month");
  await page.getByTestId("stat-published-this-month-link").click();
  await page.waitForURL(/status=PUBLISHED&publishedFrom=\d{4}-\d{2}-01&publishedTo=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId("dashboard-filter")).toBeVisible();
  await expect(tableRows(page)).toHaveCount(published);

  // Open and overdue inquiries.
  await page.goto("/dashboard");
  const open = await statValue(page, "stat-inquiries-open");
  const overdue = await statValue(page, "stat-inquiries-overdue");
  await page.getByTestId("stat-inquiries-open-link").click();
  await page.waitForURL(/\/inquiries\?open=1$/);
  await expect(tableRows(page)).toHaveCount(Math.min(open, 25));
  await page.goto("/inquiries?overdue=1");
  await expect(tableRows(page)).toHaveCount(Math.min(overdue, 25));

  // Registrations waiting for a slot → the ceremonies page's waiting list.
  await page.goto("/dashboard");
  const waiting = await statValue(page, "stat-ceremonies-waiting");
  await page.getByTestId("stat-ceremonies-waiting-link").click();
  await page.waitForURL(/\/ceremonies#waiting-heading$/);
  await expect(page.getByTestId("waiting-list").locator("li")).toHaveCount(waiting);

  // Low stock → the store filtered to items below the minimum.
  await page.goto("/dashboard");
  const low = await statValue(page, "stat-low-stock");
  await page.getByTestId("stat-low-stock-link").click();
  await page.waitForURL(/\/promo-items\?low=1$/);
  await expect(tableRows(page)).toHaveCount(low);

  // Phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/dashboard");
  await expect(page.getByTestId("tile-press")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/dashboard-390.png`, fullPage: true });
});

test("the office calendar: month, week and agenda, filters; the personal ICS feed", async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, ASSISTANT);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/calendar");
  await expect(page.getByTestId("calendar-month")).toBeVisible();
  // Weeks start on Monday, in Czech.
  await expect(page.getByTestId("calendar-month").locator("div.grid-cols-7").first().locator("div").first()).toHaveText(/^po$/i);
  await expect(page.getByTestId("calendar-entry").first()).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/calendar-month-1366.png`, fullPage: true });

  await page.getByRole("link", { name: c.view.week, exact: true }).click();
  await expect(page.getByTestId("calendar-week")).toBeVisible();
  await expect(page.getByTestId("calendar-week").locator("section")).toHaveCount(7);

  await page.getByRole("link", { name: c.view.agenda, exact: true }).click();
  await expect(page.getByTestId("calendar-agenda")).toBeVisible();
  await expect(page.getByTestId("agenda-entry").first()).toBeVisible();
  // The demo's press briefing is booked into the room of a visit's programme item at the same time: both marked.
  const briefing = page.getByTestId("agenda-entry").filter({ has: page.getByRole("link", { name: BRIEFING }) });
  await expect(briefing.getByTestId("clash-mark")).toContainText(c.clashWith);
  expect(await page.getByTestId("clash-mark").count()).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: `${SHOTS}/calendar-agenda-1366.png`, fullPage: true });

  // Only events.
  await page.locator(`select[name="module"]`).selectOption("event");
  await page.getByRole("button", { name: c.filter }).click();
  await page.waitForURL(/module=event/);
  const modules = await page.getByTestId("agenda-entry").evaluateAll((rows) => rows.map((row) => row.textContent ?? ""));
  expect(modules.length).toBeGreaterThan(0);
  for (const text of modules) expect(text).toContain(c.modules.event);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/calendar?view=month");
  await page.screenshot({ path: `${SHOTS}/calendar-month-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  // The feed: create → a real iCalendar at a secret address without a session; revoke → 404.
  await page.goto("/calendar?view=agenda");
  await page.getByRole("button", { name: c.feed.create }).click();
  const url = await page.getByTestId("feed-url").inputValue();
  expect(url).toMatch(/\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  const path = new URL(url).pathname;
  const anonymous = await playwrightRequest.newContext({ baseURL: page.url() });
  const response = await anonymous.get(path, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((event) => event.getFirstPropertyValue("uid"))).toBe(true);

  await expect(page.getByTestId("feed-status")).not.toHaveText(c.feed.none);
  await page.getByRole("button", { name: c.feed.revoke }).click();
  await expect(page.getByTestId("feed-status")).toHaveText(c.feed.none);
  expect((await anonymous.get(path, { maxRedirects: 0 })).status()).toBe(404);
  expect((await anonymous.get(`/calendar/feed/${"x".repeat(43)}.ics`, { maxRedirects: 0 })).status()).toBe(404);
  await anonymous.dispose();
});

test("global search: the keyboard shortcut, results grouped, only what the role may see", async ({ page }) => {
  await signIn(page, SPOKESPERSON);
  await page.goto("/press-releases");
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("global-search")).toBeFocused();
  await page.getByTestId("global-search").fill("LAVKA");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?q=LAVKA$/);
  await expect(page.getByTestId("search-group-release")).toBeVisible();
  await expect(page.getByTestId("search-group-release").getByTestId("search-hit").first()).toContainText(/lávk/i);

  // "/" outside a text field also jumps to the box.
  await page.locator("main h1").click();
  await page.keyboard.press("/");
  await expect(page.getByTestId("global-search")).toBeFocused();
  await page.getByTestId("global-search").fill("lindenau");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?q=lindenau$/);
  await expect(page.getByTestId("search-group-partnerCity")).toBeVisible();
  await expect(page.getByTestId("search-group-visit")).toBeVisible();
  await expect(page.getByTestId("search-group-promoItem")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/search-1366.png`, fullPage: true });
});

test("the assistant's search never shows press releases; the spokesperson's home lists their work", async ({ browser }) => {
  const assistantContext = await browser.newContext();
  const assistantPage = await assistantContext.newPage();
  await signIn(assistantPage, ASSISTANT);
  await expect(assistantPage.getByTestId("mywork-visits")).toBeVisible();
  await assistantPage.goto("/search?q=lavka");
  await expect(assistantPage.getByTestId("search-group-release")).toHaveCount(0);
  await assistantContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SPOKESPERSON);
  await expect(page.getByTestId("mywork-reviews")).toBeVisible();
  await expect(page.getByTestId("mywork-inquiries")).toBeVisible();
  await expect(page.getByTestId("mywork-conference")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/home-spokesperson.png`, fullPage: true });
  await context.close();
});

test("in English: PR's home (my work) and the calendar with English month and day names", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, EMILY, en.home.title);
  await expect(page.getByRole("heading", { name: (en.home as unknown as { myWork: { title: string } }).myWork.title })).toBeVisible();
  await expect(page.getByTestId("mywork-drafts")).toBeVisible();
  await expect(page.getByTestId("mywork-articles")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/home-pr-en.png`, fullPage: true });
  await page.goto("/calendar?view=week");
  await expect(page.getByTestId("calendar-week").locator("section h3").first()).toHaveText(/^Monday/);
  await page.goto("/calendar?view=month");
  await expect(page.getByTestId("calendar-title")).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
  // PR does not see visits or ceremonies: the filter and the legend offer only the modules of the role.
  await expect(page.locator('select[name="module"] option')).toHaveText([en.calendar.allModules, en.calendar.modules.conference, en.calendar.modules.event, en.calendar.modules.newspaper]);
  await page.screenshot({ path: `${SHOTS}/calendar-month-en.png`, fullPage: true });
});
