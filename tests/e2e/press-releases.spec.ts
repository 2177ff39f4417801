import { expect, type Page } from "@playwright/test";
import { MAIL_SINK_HTTP_PORT } from "../../playwright.config";
import { cs, DEMO_PASSWORD, signIn, test, uniqueSuffix } from "./support/app";

// The user's second story: the press officer drafts a release and publishes it — to the public
// newsroom, its feed, and by e-mail to journalists (a real SMTP server started next to the app).

const SPOKESPERSON = { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" };
const PR = { email: "pr@herald.example", password: DEMO_PASSWORD, firstName: "Kateřina" };
const MAIL_SINK = `http://127.0.0.1:${MAIL_SINK_HTTP_PORT}`;
const pr = cs.pressReleases;

/** Drafts a release through the editor and returns its staff URL. */
async function draftRelease(page: Page, title: string, body = "Město dokončilo stavbu nové cyklostezky podél řeky.") {
  await page.goto("/press-releases/new");
  await page.locator("#title").fill(title);
  await page.locator("#perex").fill(`${title}: krátký perex pro novináře.`);
  await page.locator("#bodyHtml").click();
  await page.keyboard.type(body);
  await page.getByRole("button", { name: pr.actions.saveDraft }).click();
  await page.waitForURL(/\/press-releases\/[0-9a-f-]{36}\?created=1$/);
  return new URL(page.url()).pathname;
}

async function step(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByText(done)).toBeVisible();
}

test("the spokesperson drafts and publishes; the newsroom, the feed and a journalist's inbox have it", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Nová cyklostezka u řeky ${uniqueSuffix()}`;
  await signIn(page, SPOKESPERSON);
  const url = await draftRelease(page, title);

  await step(page, pr.actions.submitForReview, pr.done.submitted);
  // Four eyes, with the office's default exception: the spokesperson may approve their own release.
  await step(page, pr.actions.approve, pr.done.approved);
  await step(page, pr.actions.publishNow, pr.done.published);

  // Public newsroom (no session needed): listed, found without diacritics, and readable.
  const visitor = await page.context().browser()!.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto("/newsroom");
  await expect(publicPage.getByRole("link", { name: title })).toBeVisible();
  await publicPage.goto(`/newsroom?q=${encodeURIComponent("cyklostezka u reky")}`);
  await expect(publicPage.getByRole("link", { name: title })).toBeVisible();
  await publicPage.getByRole("link", { name: title }).click();
  await expect(publicPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(publicPage.getByText("Město dokončilo stavbu nové cyklostezky")).toBeVisible();
  const feed = await publicPage.request.get("/newsroom/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("xml");
  expect(await feed.text()).toContain(title);
  // …and in the sitemap, under the address the newsroom links to.
  const sitemapIndex = await (await publicPage.request.get("/sitemap.xml")).text();
  expect(sitemapIndex).toContain("/newsroom/sitemap/1.xml</loc>");
  const releaseHref = await publicPage.evaluate(() => location.pathname);
  expect(await (await publicPage.request.get("/newsroom/sitemap/1.xml")).text()).toContain(`${releaseHref}</loc>`);
  await visitor.close();

  // Distribution by e-mail to a list of journalists.
  await page.goto(url);
  await page.getByRole("checkbox", { name: /Regionální média/ }).check();
  await page.getByRole("button", { name: cs.distribution.send }).click();
  await expect
    .poll(
      async () => {
        const messages = (await (await page.request.get(`${MAIL_SINK}/messages`)).json()) as Array<{ to: string[]; raw: string }>;
        return messages.filter((message) => message.raw.includes(uniqueTail(title))).length;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
  const messages = (await (await page.request.get(`${MAIL_SINK}/messages`)).json()) as Array<{ to: string[]; raw: string }>;
  const delivered = messages.filter((message) => message.raw.includes(uniqueTail(title)));
  expect(delivered[0].raw).toMatch(/List-Unsubscribe:/i);
  expect(delivered[0].to[0]).toMatch(/@/);
  // One copy per journalist.
  const recipients = delivered.flatMap((message) => message.to);
  expect(new Set(recipients).size).toBe(recipients.length);
});

/** The random part of a title: e-mail headers may fold or encode the diacritics around it. */
function uniqueTail(title: string) {
  return title.split(" ").pop()!;
}

test("PR staff drafts; the spokesperson approves and schedules; at the time it appears in the newsroom", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Zahájení adventních trhů ${uniqueSuffix()}`;
  const prContext = await browser.newContext();
  const prPage = await prContext.newPage();
  await signIn(prPage, PR);
  const url = await draftRelease(prPage, title, "Trhy potrvají do 23. prosince.");
  await step(prPage, pr.actions.submitForReview, pr.done.submitted);
  await expect(prPage.getByRole("button", { name: pr.actions.approve, exact: true })).toHaveCount(0);

  const spokesContext = await browser.newContext();
  const spokesPage = await spokesContext.newPage();
  await signIn(spokesPage, SPOKESPERSON);
  await spokesPage.goto(url);
  await step(spokesPage, pr.actions.approve, pr.done.approved);
  // The next whole minute (at least 30 s ahead), in the city's time (the browser runs in Europe/Prague).
  const at = new Date(Date.now() + 90_000);
  const local = await spokesPage.evaluate((iso) => {
    const d = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, at.toISOString());
  await spokesPage.locator("#publishAt").fill(local);
  await step(spokesPage, pr.actions.schedule, pr.done.scheduled);

  // Before the time: not public.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/newsroom?q=${encodeURIComponent(title)}`);
  await expect(publicPage.getByRole("link", { name: title })).toHaveCount(0);

  // At the time (the scheduler looks every few seconds): public, and in the feed.
  await expect
    .poll(
      async () => {
        await publicPage.goto(`/newsroom?q=${encodeURIComponent(title)}`);
        return publicPage.getByRole("link", { name: title }).count();
      },
      { timeout: 180_000, intervals: [5_000] },
    )
    .toBe(1);
  expect(await (await publicPage.request.get("/newsroom/feed.xml")).text()).toContain(title);
  await Promise.all([prContext.close(), spokesContext.close(), visitor.close()]);
});

test("an embargoed release is invisible to the public before its time", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Embargo test ${suffix}`;
  await signIn(page, SPOKESPERSON);
  await draftRelease(page, title);
  await step(page, pr.actions.submitForReview, pr.done.submitted);
  await step(page, pr.actions.approve, pr.done.approved);
  const tomorrow = await page.evaluate(() => {
    const d = new Date(Date.now() + 26 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await page.locator("#publishAt").fill(tomorrow);
  await page.locator("#embargoUntil").fill(tomorrow);
  await step(page, pr.actions.schedule, pr.done.scheduled);

  const visitor = await page.context().browser()!.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/newsroom?q=${encodeURIComponent(title)}`);
  await expect(publicPage.getByRole("link", { name: title })).toHaveCount(0);
  expect((await publicPage.request.get(`/newsroom/embargo-test-${suffix}`)).status()).toBe(404);
  expect(await (await publicPage.request.get("/newsroom/feed.xml")).text()).not.toContain(title);
  expect(await (await publicPage.request.get("/newsroom/sitemap/1.xml")).text()).not.toContain(`embargo-test-${suffix}`);
  await visitor.close();
});

test("a release body full of script injections fires nothing on the newsroom", async ({ page }) => {
  const title = `Bezpečnost textu ${uniqueSuffix()}`;
  await signIn(page, SPOKESPERSON);
  await page.goto("/press-releases/new");
  await page.locator("#title").fill(title);
  await page.locator("#perex").fill("Perex <script>window.__xss = 1</script>");
  // What a hostile browser could send instead of the editor's content: the server must sanitize it.
  const corpus = [
    `<p>Text</p><script>window.__xss = 2</script>`,
    `<img src=x onerror="window.__xss = 3">`,
    `<a href="javascript:window.__xss = 4">odkaz</a>`,
    `<svg onload="window.__xss = 5"></svg>`,
    `<iframe srcdoc="<script>parent.__xss = 6</script>"></iframe>`,
    `<p onclick="window.__xss = 7" style="background:url(javascript:alert(1))">klik</p>`,
  ].join("");
  await page.locator('input[name="bodyHtml"]').evaluate((input, html) => {
    (input as HTMLInputElement).value = html;
  }, corpus);
  await page.getByRole("button", { name: pr.actions.saveDraft }).click();
  await page.waitForURL(/\/press-releases\/[0-9a-f-]{36}\?created=1$/);
  await step(page, pr.actions.submitForReview, pr.done.submitted);
  await step(page, pr.actions.approve, pr.done.approved);
  await step(page, pr.actions.publishNow, pr.done.published);

  const visitor = await page.context().browser()!.newContext();
  const publicPage = await visitor.newPage();
  const dialogs: string[] = [];
  publicPage.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await publicPage.goto(`/newsroom?q=${encodeURIComponent(title)}`);
  await publicPage.getByRole("link", { name: title }).click();
  await expect(publicPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await publicPage.locator("a", { hasText: "odkaz" }).click().catch(() => undefined);
  await publicPage.getByText("klik").click().catch(() => undefined);
  expect(await publicPage.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const html = await publicPage.content();
  expect(html).not.toMatch(/onerror=|onload=|javascript:|<iframe|srcdoc/i);
  await visitor.close();
});
