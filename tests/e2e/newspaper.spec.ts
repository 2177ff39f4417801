import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, en, expect, signIn, test, uniqueSuffix } from "./support/app";

// The city paper end to end: a contributor submits through their personal link (no account) → an editor
// edits (a revision, the live length) → proofreading with a comment → the spokesperson approves (PR staff
// cannot) → placed on page 3 in the page plan. Screenshots of the main pages go to /tmp/newspaper-shots/.

const proposed = JSON.parse(readFileSync(new URL("../../src/i18n/messages/proposed.newspaper.json", import.meta.url), "utf8"));
const n = proposed.cs.newspaper;
const SPOKESPERSON = { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" };
const PR = { email: "pr@herald.example", password: DEMO_PASSWORD, firstName: "Kateřina" };
const SHOTS = process.env.NEWSPAPER_SHOTS ?? "/tmp/newspaper-shots";

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a contribution through the personal link → edited → proofread → approved → placed on page 3", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const year = String(new Date().getFullYear() + 5);
  const number = String(10 + (parseInt(suffix.slice(-4), 16) % 80));

  // The spokesperson plans an issue.
  await signIn(page, SPOKESPERSON);
  await page.goto("/newsletter");
  await expect(page.getByRole("heading", { level: 1, name: n.title })).toBeVisible();
  await expect(page.getByTestId("late-issues").or(page.locator("table")).first()).toBeVisible();
  await shot(page, "01-overview");
  const form = page.getByTestId("new-issue");
  await form.locator("#new-issue-number").fill(number);
  await form.locator("#new-issue-year").fill(year);
  await form.locator("#new-issue-title").fill(`Test ${suffix}`);
  await form.locator("#new-issue-editorialDeadline").fill(`${year}-03-10`);
  await form.locator("#new-issue-adDeadline").fill(`${year}-03-12`);
  await form.locator("#new-issue-printDate").fill(`${year}-03-20`);
  await form.locator("#new-issue-distributionDate").fill(`${year}-03-25`);
  await form.locator("#new-issue-pageCount").fill("8");
  await form.getByRole("button", { name: n.issue.create }).click();
  await page.waitForURL(/\/newsletter\/issues\/[0-9a-f-]{36}$/);
  const issueUrl = new URL(page.url()).pathname;

  // A contributor and their personal link.
  await page.goto("/newsletter/contributors");
  const contributorForm = page.getByTestId("new-contributor");
  await contributorForm.locator("#new-contributor-name").fill(`Spolek ${suffix}`);
  await contributorForm.locator("#new-contributor-email").fill(`spolek-${suffix}@example.test`);
  await contributorForm.locator("#new-contributor-organisation").fill("Spolek přátel parku");
  await contributorForm.getByRole("button", { name: n.contributors.create }).click();
  await expect(page.getByTestId("contributors")).toContainText(`Spolek ${suffix}`);
  await page.goto(issueUrl);
  const inviteForm = page.getByTestId("new-invite");
  await inviteForm.locator("#new-invite-contributorId").selectOption({ label: `Spolek ${suffix} (Spolek přátel parku)` });
  await inviteForm.locator("#new-invite-allottedChars").fill("1200");
  await inviteForm.locator("#new-invite-brief").fill("Ohlédnutí za jarní brigádou v parku.");
  await inviteForm.getByRole("button", { name: n.invites.create }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/contribute\/[A-Za-z0-9_-]{32}$/);

  // The contributor, without an account.
  const visitor = await browser.newContext({ locale: "cs-CZ", timezoneId: "Europe/Prague" });
  const contributorPage = await visitor.newPage();
  await contributorPage.goto(link);
  await expect(contributorPage.getByTestId("invite-terms")).toContainText("1 200");
  await contributorPage.locator("#title").fill(`Jarní brigáda ${suffix}`);
  await contributorPage.locator("#perex").fill("Sobota v parku patřila hrablům a lopatám.");
  await contributorPage.locator("#body").fill("Sešlo se nás přes třicet.\n\nVysázeli jsme dvanáct lip a uklidili břehy rybníka.");
  await shot(contributorPage, "02-contribute");
  await contributorPage.getByRole("button", { name: n.contribute.submit }).click();
  await expect(contributorPage.getByTestId("submission-done")).toBeVisible();
  await visitor.close();

  // PR staff edit it and send it to proofreading.
  await page.context().clearCookies();
  await signIn(page, PR);
  await page.goto(issueUrl);
  await page.getByTestId("issue-articles").getByRole("link", { name: `Jarní brigáda ${suffix}` }).click();
  await page.waitForURL(/\/newsletter\/articles\//);
  const editor = page.getByTestId("article-editor");
  await editor.locator("#body").fill("Sešlo se nás přes třicet dobrovolníků.\n\nVysázeli jsme dvanáct lip a uklidili břehy rybníka.");
  await expect(page.getByTestId("length")).toContainText("1 200");
  await editor.getByRole("button", { name: n.save }).click();
  await expect(page.getByText(n.revisions.heading.replace("{count}", "2"))).toBeVisible();
  await page.getByTestId("article-to-PROOFREADING").getByRole("button").click();
  await expect(page.getByText(n.proof.round.replace("{number}", "1")).first()).toBeVisible();
  await page.getByTestId("comment").locator("textarea").fill("Ověřit počet lip u zahradníka.");
  await page.getByTestId("comment").getByRole("button", { name: n.proof.addComment }).click();
  await expect(page.getByTestId("proof-round-1")).toContainText("Ověřit počet lip");
  // PR staff may not approve: no button.
  await expect(page.getByTestId("article-to-APPROVED")).toHaveCount(0);
  const articleUrl = new URL(page.url()).pathname;

  // The spokesperson approves.
  await page.context().clearCookies();
  await signIn(page, SPOKESPERSON);
  await page.goto(articleUrl);
  await page.getByTestId("article-to-APPROVED").getByRole("button").click();
  await expect(page.getByText(n.articleStatus.APPROVED).first()).toBeVisible();
  await page.goto(`${articleUrl}?a=1&b=2`);
  await expect(page.getByTestId("revision-diff")).toContainText("dobrovolníků");
  await shot(page, "03-article");

  // Placed on page 3 through the page plan's picker.
  await page.goto(issueUrl);
  const card = page.getByTestId("unplaced").locator("li", { hasText: `Jarní brigáda ${suffix}` });
  await card.locator("select").selectOption("3");
  await card.getByRole("button", { name: n.plan.place }).click();
  await expect(page.getByTestId("page-3")).toContainText(`Jarní brigáda ${suffix}`);
  await expect(page.getByTestId("issue-articles")).toContainText(n.articleStatus.PLACED);
  await page.getByTestId("page-plan").scrollIntoViewIfNeeded();
  await page.getByTestId("page-plan").screenshot({ path: `${SHOTS}/04-page-plan.png` });
  await shot(page, "05-issue");
});

test("the demo issue's page plan, advertising, council balance and the public archive", async ({ page }) => {
  await signIn(page, SPOKESPERSON);
  await page.goto("/newsletter");
  // The demo's issue in editing (its deadlines near).
  await page.locator('tr[data-testid^="issue-row-"]').filter({ hasText: n.issueStatus.EDITING }).first().getByRole("link").first().click();
  await page.waitForURL(/\/newsletter\/issues\//);
  await expect(page.getByTestId("page-1")).toBeVisible();
  await page.getByTestId("page-plan").screenshot({ path: `${SHOTS}/06-demo-page-plan.png` });
  await shot(page, "07-demo-issue");
  await page.goto("/newsletter/advertising");
  await expect(page.getByTestId("rate-card")).toContainText("1/4");
  await shot(page, "08-advertising");
  await page.goto("/newsletter/council-space");
  await expect(page.getByTestId("council-balance")).toContainText("Pro Horní Lhotu");
  await shot(page, "09-council");
  const csv = await page.request.get(`/newsletter/council-space/export.csv?year=${new Date().getFullYear()}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Pro Horní Lhotu");
  await page.context().clearCookies();
  await page.goto("/newsroom/newsletter");
  const archive = page.getByTestId("printed-archive");
  await expect(archive.getByRole("link").first()).toBeVisible();
  await shot(page, "10-archive");
  const pdf = await page.request.get((await archive.getByRole("link").first().getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // Anonymous visitors do not reach the staff pages.
  const staff = await page.request.get("/newsletter/council-space/export.csv?year=2026", { maxRedirects: 0 });
  expect(staff.status()).not.toBe(200);

  // In English: a PR officer who chose English sees the issue in her language.
  await signIn(page, { email: "emily.clarke@herald.example", password: DEMO_PASSWORD, firstName: "Emily" }, en.home.title);
  await page.goto("/newsletter");
  await expect(page.getByRole("heading", { level: 1, name: proposed.en.newspaper.title })).toBeVisible();
  await page.locator('tr[data-testid^="issue-row-"]').filter({ hasText: proposed.en.newspaper.issueStatus.EDITING }).first().getByRole("link").first().click();
  await page.waitForURL(/\/newsletter\/issues\//);
  await expect(page.getByRole("heading", { level: 2, name: proposed.en.newspaper.plan.heading })).toBeVisible();
  await shot(page, "11-issue-en");
});

test("the contributor's form works without JavaScript", async ({ page, browser }) => {
  await signIn(page, PR);
  await page.goto("/newsletter");
  await page.locator('tr[data-testid^="issue-row-"]').filter({ hasText: n.issueStatus.EDITING }).first().getByRole("link").first().click();
  await page.waitForURL(/\/newsletter\/issues\//);
  const inviteForm = page.getByTestId("new-invite");
  await inviteForm.locator("#new-invite-allottedChars").fill("2000");
  await inviteForm.getByRole("button", { name: n.invites.create }).click();
  const link = await page.getByTestId("invite-link").inputValue();

  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: "cs-CZ", timezoneId: "Europe/Prague" });
  const visitor = await noScript.newPage();
  await visitor.goto(link);
  const title = `Bez skriptů ${uniqueSuffix()}`;
  await visitor.locator("#title").fill(title);
  await visitor.locator("#body").fill("Formulář funguje i bez JavaScriptu.");
  await visitor.getByRole("button", { name: n.contribute.submit }).click();
  await expect(visitor.getByTestId("submission-done")).toBeVisible();
  await noScript.close();

  await page.reload();
  await expect(page.getByTestId("issue-articles")).toContainText(title);
});
