import ICAL from "ical.js";
import sharp from "sharp";
import type { Page } from "@playwright/test";
import { demoEvents } from "../../prisma/seed/demo-events";
import { cs, DEMO_PASSWORD, expect, format, signIn, test, uniqueSuffix } from "./support/app";

// Events end to end: a Christmas market from its template → budget (approved by the head above the limit)
// → tasks assigned (overdue on the owner's home) → on the public calendar and its ICS feed → held →
// documented with a photo and a link → evaluated; and a leader at an event while in a visit's programme is flagged.

const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const HEAD = { email: "head@herald.example", password: DEMO_PASSWORD, firstName: "Alena" };
const e = cs.events;
const v = cs.visits;

async function localDay(page: Page, daysAhead: number): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date(Date.now() + days * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, daysAhead);
}

async function createEvent(page: Page, input: { title: string; first: string; last: string; template?: string; type?: string }) {
  await page.goto("/events/new");
  if (input.template) await page.locator("#event-form-templateKey").selectOption(input.template);
  await page.locator("#event-form-title").fill(input.title);
  await page.locator("#event-form-type").selectOption(input.type ?? "MARKET");
  await page.locator("#event-form-startDate").fill(input.first);
  await page.locator("#event-form-endDate").fill(input.last);
  await page.locator("#event-form-venues").fill("Masarykovo náměstí");
  await page.getByTestId("event-form").getByLabel(e.fields.isPublic).check();
  await page.locator("#event-form-publicDescription").fill("Stánky, svařák a koledy.");
  await page.getByRole("button", { name: e.actions.create }).click();
  await page.waitForURL(/\/events\/[0-9a-f-]{36}\?created=1/);
  await expect(page.getByRole("heading", { level: 1, name: input.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function step(page: Page, to: string) {
  await page.getByTestId("workflow").getByRole("button", { name: e.to[to as keyof typeof e.to] }).click();
  await expect(page.getByTestId("event-status")).toContainText(e.status[to as keyof typeof e.status]);
}

test("a Christmas market from its template: budget, tasks, public calendar, held, photos, evaluated", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const title = `Vánoční trhy ${uniqueSuffix()}`;
  await signIn(page, ASSISTANT);
  const today = await localDay(page, 0);
  const detail = await createEvent(page, { title, first: today, last: await localDay(page, 20), template: "christmas-market" });
  await expect(page.getByTestId("task-list").locator("li")).toHaveCount(20);

  // Budget: 150 000 Kč planned, above the default limit of 100 000.
  for (const [category, planned] of [["Stánky", "90000"], ["Pódium", "60000"]]) {
    const form = page.getByTestId("budget-form");
    await form.locator("#budget-form-category").fill(category);
    await form.locator("#budget-form-planned").fill(planned);
    await form.getByRole("button", { name: e.actions.add }).click();
    await expect(page.getByTestId("budget-lines")).toContainText(category);
  }
  await expect(page.getByTestId("budget-approval")).toContainText(format(e.budget.needsApproval, { limit: "100 000 Kč" }).replace(/\u00a0/g, " ").slice(0, 20));

  // A task assigned to the assistant, due yesterday: it stands out on her home page.
  const taskForm = page.getByTestId("task-form");
  await taskForm.locator("#task-form-title").fill("Objednat vánoční strom");
  await taskForm.locator("#task-form-ownerId").selectOption({ label: "Lucie Řeháková" });
  await taskForm.locator("#task-form-dueDate").fill(await localDay(page, -1));
  await taskForm.getByRole("button", { name: e.actions.add }).click();
  await expect(page.getByTestId("task-list").locator('li[data-overdue="1"]').filter({ hasText: "Objednat vánoční strom" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("overdue-tasks")).toContainText("Objednat vánoční strom");

  // Planned → on the public calendar and in the ICS feed; confirmation waits for the head.
  await page.goto(detail);
  await step(page, "PLANNED");
  await expect(page.getByTestId("workflow")).toContainText(e.refusal.eventBudgetNotApproved);
  await page.goto("/newsroom/events");
  await expect(page.getByTestId("public-events")).toContainText(title);
  const ics = await page.request.get("/newsroom/events.ics");
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const vevents = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const market = vevents.find((vevent) => vevent.summary === title);
  expect(market?.startDate.toString()).toBe(today);
  const internal = demoEvents().filter((event) => !event.isPublic).map((event) => event.title);
  expect(vevents.filter((vevent) => internal.includes(vevent.summary))).toHaveLength(0);
  await expect(page.getByTestId("public-events")).not.toContainText(internal[0]);

  // The head approves the budget, confirms, and marks it held (today is the first day).
  const context = await browser.newContext();
  const head = await context.newPage();
  await signIn(head, HEAD);
  await head.goto(detail);
  await head.getByRole("button", { name: e.budget.approve }).click();
  await expect(head.getByTestId("budget-approval")).toContainText(e.budget.approved.split("{")[0].trim());
  await step(head, "CONFIRMED");
  await step(head, "HELD");

  // Documented: a photo with credit and consent, a link; then the evaluation.
  const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().toBuffer();
  const files = head.getByTestId("file-form");
  await files.locator("#file-form-kind").selectOption("PHOTO");
  await files.locator('input[name="file"]').setInputFiles({ name: "rozsviceni.jpg", mimeType: "image/jpeg", buffer: photo });
  await files.locator("#file-form-caption").fill("Rozsvícení stromu");
  await files.locator("#file-form-altText").fill("Náměstí plné lidí u rozsvíceného stromu");
  await files.locator("#file-form-credit").fill("Petr Fotograf");
  await files.getByLabel(e.files.consentLabel).check();
  await files.getByRole("button", { name: e.files.uploadButton }).click();
  await expect(head.getByTestId("photos")).toContainText("Petr Fotograf");
  await expect(head.getByTestId("photos")).toContainText(e.files.consent);
  const links = head.getByTestId("link-form");
  await links.locator("#link-form-title").fill("Tisková zpráva o zahájení trhů");
  await links.locator("#link-form-url").fill("https://mesto.example/newsroom/trhy");
  await links.getByRole("button", { name: e.actions.add }).click();
  await expect(head.getByTestId("event-links")).toContainText("Tisková zpráva o zahájení trhů");
  const evaluation = head.getByTestId("evaluation-form");
  await evaluation.locator("#evaluation-form-evaluationNote").fill("Rekordní návštěvnost, pódium dražší, než se plánovalo.");
  await evaluation.locator("#evaluation-form-chronicleEntry").fill("Adventní trhy na Masarykově náměstí zahájilo rozsvícení stromu.");
  await evaluation.getByRole("button", { name: e.actions.save }).click();
  await expect(evaluation.getByText(e.done.saved)).toBeVisible();
  await step(head, "EVALUATED");
  await head.goto("/events");
  await expect(head.getByTestId("events-table")).toContainText(title);
  await context.close();
});

test("a leader at an event while in a visit's programme is flagged", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  await signIn(page, ASSISTANT);
  const day = await localDay(page, 150);
  const visitTitle = `Návštěva ve stejnou chvíli ${suffix}`;
  await page.goto("/visits/new");
  await page.locator("#direction").selectOption("INCOMING");
  await page.locator("#title").fill(visitTitle);
  await page.locator("#counterpart").fill("Lindenau an der Mulde");
  await page.locator("#startDate").fill(day);
  await page.locator("#endDate").fill(day);
  await page.getByRole("button", { name: v.actions.create }).click();
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}\?created=1/);
  const participant = page.getByTestId("participant-form");
  await participant.locator("#participant-side").selectOption("CITY");
  await participant.locator("#participant-rank").fill("1");
  await participant.locator("#participant-role").selectOption("HOST");
  await participant.locator("#participant-name").fill("Starostka Vávrová");
  await participant.getByRole("button", { name: v.participants.addButton }).click();
  await expect(page.getByTestId("city-people").getByText("Starostka Vávrová", { exact: true })).toBeVisible();
  const item = page.getByTestId("programme-form");
  await item.locator("#item-startsAt").fill(`${day}T10:00`);
  await item.locator("#item-endsAt").fill(`${day}T12:00`);
  await item.locator("#item-activity").fill("Přijetí delegace");
  await item.locator("#item-place").fill("Radnice");
  await item.getByLabel("Starostka Vávrová", { exact: true }).check();
  await item.getByRole("button", { name: v.programme.addButton }).click();
  await expect(page.getByTestId("programme").getByText("Přijetí delegace")).toBeVisible();

  await createEvent(page, { title: `Otevření lávky ${suffix}`, first: day, last: day, type: "OPENING" });
  const person = page.getByTestId("person-form");
  await person.locator("#person-form-role").selectOption("LEADERSHIP");
  await person.locator("#person-form-name").fill("Starostka Vávrová");
  await person.locator("#person-form-function").fill("starostka");
  await person.locator("#person-form-startsAt").fill(`${day}T11:00`);
  await person.locator("#person-form-endsAt").fill(`${day}T11:30`);
  await person.locator("#person-form-speech").fill("Vážení přítomní, lávka spojuje oba břehy…");
  await person.getByRole("button", { name: e.actions.add }).click();
  await expect(page.getByTestId("event-clashes")).toContainText(visitTitle);
});
