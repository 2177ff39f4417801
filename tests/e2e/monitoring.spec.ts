import { expect } from "@playwright/test";
import { cs, DEMO_PASSWORD, en, signIn, test, uniqueSuffix } from "./support/app";

// Media monitoring as the spokesperson: the morning's review with the keyboard, a print clipping entered
// by hand and answered with a response case, the sources and keywords, the leadership's briefing, the
// analysis with its charts (rendered under the CSP) and CSV export; the assistant is refused; the
// English interface. Screenshots go to /tmp/monitoring-shots/.

const m = cs.monitoring;
const mEn = en.monitoring;
const SHOTS = process.env.MONITORING_SHOTS ?? "/tmp/monitoring-shots/";
const SPOKESPERSON = { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" };
const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const EMILY = { email: "emily.clarke@herald.example", password: DEMO_PASSWORD, firstName: "Emily" };

test("the spokesperson reviews the morning's clippings with the keyboard", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await signIn(page, SPOKESPERSON);
  await page.goto("/monitoring?status=NEW");
  await expect(page.getByRole("heading", { level: 1, name: m.title })).toBeVisible();
  await expect(page.getByTestId("review-help")).toBeVisible();
  const rows = page.getByTestId("clipping-row");
  await expect(rows.first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}monitoring-list-cs.png`, fullPage: false });

  // 3 = negative, then r = reviewed (and the cursor moves to the next clipping).
  const first = rows.first();
  await page.locator("body").press("3");
  await expect(first).toContainText(m.sentiment.NEGATIVE);
  await page.locator("body").press("r");
  await expect(first).toHaveAttribute("data-status", "REVIEWED");
  await expect(rows.nth(1)).toHaveAttribute("aria-current", "true");
  // i = ignore the second.
  await page.locator("body").press("i");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "IGNORED");
  // After a reload the changes are there (the NEW filter no longer lists them).
  const firstTitle = await first.locator('a[href^="/monitoring/"]').textContent();
  await page.reload();
  if (firstTitle) await expect(page.getByTestId("clipping-list")).not.toContainText(firstTitle);

  // Search without diacritics.
  await page.goto("/monitoring?q=lavka");
  await expect(rows.first()).toContainText(/lávk/i);
  expect(errors.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
});

test("a print clipping entered by hand becomes a response case", async ({ page }) => {
  test.setTimeout(120_000);
  const token = uniqueSuffix();
  await signIn(page, SPOKESPERSON);
  await page.goto("/monitoring/new");
  await page.locator("#sourceId").selectOption({ label: `Večerník Horní Lhota (${m.mediaType.PRINT})` });
  await page.locator("#title").fill(`Radnice prý tají cenu lávky ${token}`);
  await page.locator("#placement").fill("s. 2");
  await page.locator("#excerpt").fill("Článek tvrdí, že lávka stála 62 milionů korun; skutečná cena je 42 milionů.");
  await page.locator("#sentiment").selectOption("NEGATIVE");
  await page.locator("#topics").fill("Doprava");
  await page.locator("#note").fill("Nepravdivý údaj o ceně – žádáme opravu.");
  await page.screenshot({ path: `${SHOTS}monitoring-new-cs.png`, fullPage: true });
  await page.getByRole("button", { name: m.form.save }).click();
  await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText(m.detail.created)).toBeVisible();

  const form = page.getByTestId("new-case-form");
  await form.locator("#type").selectOption("CORRECTION_REQUEST");
  await form.locator("#text").fill("Žádáme o opravu údaje o ceně lávky podle § 10 tiskového zákona.");
  await form.getByRole("button", { name: m.cases.open }).click();
  await page.waitForURL(/\/monitoring\/cases\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText(m.cases.created)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}monitoring-case-cs.png`, fullPage: true });

  // Closing without an outcome is refused with the field's message; with it, done.
  const edit = page.getByTestId("edit-case-form");
  await edit.locator("#status").selectOption("DONE");
  await edit.getByRole("button", { name: m.cases.save }).click();
  await expect(edit.locator("#outcome-error")).toContainText(cs.validation.required);
  await edit.locator("#outcome").fill("Redakce článek opravila.");
  await edit.getByRole("button", { name: m.cases.save }).click();
  await expect(edit.getByText(m.cases.saved)).toBeVisible();

  await page.goto("/monitoring/cases");
  await expect(page.getByTestId("case-stats")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}monitoring-cases-cs.png`, fullPage: true });
});

test("sources, keywords, the briefing and the analysis", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await signIn(page, SPOKESPERSON);

  await page.goto("/monitoring/sources");
  await expect(page.getByTestId("source-row")).toHaveCount(25);
  const keyword = page.getByTestId("keyword-form");
  const term = `tržnice ${uniqueSuffix()}`;
  await keyword.locator("#keyword-new-term").fill(term);
  await keyword.locator("#keyword-new-topic").fill("Město");
  await keyword.getByRole("button", { name: m.keywords.add }).click();
  await expect(page.getByTestId("keyword-table")).toContainText(term);
  await page.screenshot({ path: `${SHOTS}monitoring-sources-cs.png`, fullPage: true });

  await page.goto("/monitoring/briefing");
  await expect(page.getByTestId("briefing-list").locator("li")).not.toHaveCount(0);
  await page.getByTestId("briefing-list").locator("a").first().click();
  await page.waitForURL(/\/monitoring\/briefing\/\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId("briefing-group").first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}monitoring-briefing-cs.png`, fullPage: true });

  await page.goto("/monitoring/analysis");
  await expect(page.getByTestId("mentions-chart").locator("svg").first()).toBeVisible();
  await expect(page.getByTestId("sentiment-chart").locator("svg").first()).toBeVisible();
  await expect(page.getByTestId("outlet-chart").locator("svg").first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}monitoring-analysis-cs.png`, fullPage: true });
  const csv = await page.request.get(await page.getByTestId("export-csv").getAttribute("href") as string);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("section;key;mentions");
  expect(errors.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
});

test("the assistant may not see monitoring", async ({ page }) => {
  await signIn(page, ASSISTANT);
  for (const path of ["/monitoring", "/monitoring/new", "/monitoring/sources", "/monitoring/cases", "/monitoring/briefing", "/monitoring/analysis"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: cs.forbidden.title })).toBeVisible();
  }
  const csv = await page.request.get("/monitoring/analysis/export.csv");
  expect(csv.status()).toBe(403);
});

test("in English", async ({ page }) => {
  await signIn(page, EMILY, en.home.title);
  await page.goto("/monitoring");
  await expect(page.getByRole("heading", { level: 1, name: mEn.title })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}monitoring-list-en.png` });
  await page.goto("/monitoring/analysis");
  await expect(page.getByRole("heading", { level: 1, name: mEn.analysis.title })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}monitoring-analysis-en.png`, fullPage: true });
});
