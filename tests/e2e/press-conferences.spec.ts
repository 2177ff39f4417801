import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { MAIL_SINK_HTTP_PORT } from "../../playwright.config";
import { cs, DEMO_PASSWORD, expect, signIn, test, uniqueSuffix } from "./support/app";

// Press conferences end to end: the spokesperson creates one and invites a list of journalists; the
// invitation arrives on a real SMTP server; a journalist answers through the personal link without
// logging in; the accreditation list shows the crew; the public page and the ICS feed list it.

const SPOKESPERSON = { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" };
const MAIL_SINK = `http://127.0.0.1:${MAIL_SINK_HTTP_PORT}`;
const pc = cs.pressConferences;
const SCREENSHOTS = "tests/e2e/screenshots";

/** "YYYY-MM-DDTHH:mm" in the browser's zone (Europe/Prague, the city's), days ahead at the given hour. */
async function localDateTime(page: Page, daysAhead: number, hour: number): Promise<string> {
  return page.evaluate(
    ([days, h]) => {
      const d = new Date(Date.now() + days * 86_400_000);
      d.setHours(h, 0, 0, 0);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    },
    [daysAhead, hour] as const,
  );
}

/** The text of a raw message with quoted-printable soft breaks undone and base64 parts decoded. */
function readableMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, "");
  const decoded = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((match) =>
    Buffer.from(match[1].replace(/\s+/g, ""), "base64").toString("utf8"),
  );
  return [unfolded, ...decoded].join("\n");
}

test("the spokesperson invites a list; a journalist answers through the e-mailed link; accreditation, public page and ICS show it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const topic = `Otevření nové knihovny ${suffix}`;
  await signIn(page, SPOKESPERSON);

  // Create.
  await page.goto("/press-conferences/new");
  await page.locator("#topic").fill(topic);
  await page.locator("#startsAt").fill(await localDateTime(page, 2, 10));
  await page.locator("#endsAt").fill(await localDateTime(page, 2, 11));
  await page.locator("#venue").fill("Městská knihovna, sál Na Podkroví");
  await page.locator("#agenda").fill("Prohlídka\nDotazy novinářů");
  await page.getByRole("textbox", { name: `${pc.fields.speakerGuestName} 1`, exact: true }).fill("Mgr. Helena Vávrová");
  await page.getByRole("textbox", { name: `${pc.fields.speakerFunction} 1`, exact: true }).fill("starostka");
  await page.getByRole("button", { name: pc.actions.create }).click();
  await page.waitForURL(/\/press-conferences\/[0-9a-f-]{36}\?created=1/);
  const detailPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();

  // Invite the demo list "Regionální média".
  await page.getByRole("checkbox", { name: /Regionální média/ }).check();
  await page.getByRole("button", { name: pc.invite.send }).click();
  await expect(page.getByText(/Pozvánky se odesílají/)).toBeVisible();

  // The invitation arrives on the SMTP sink, one per journalist.
  type Received = { to: string[]; raw: string };
  const invitations = async () =>
    ((await (await page.request.get(`${MAIL_SINK}/messages`)).json()) as Received[]).filter((message) => readableMail(message.raw).includes(suffix));
  await expect.poll(async () => (await invitations()).length, { timeout: 60_000, intervals: [1_000] }).toBeGreaterThan(1);
  const delivered = await invitations();
  const recipients = delivered.flatMap((message) => message.to);
  expect(new Set(recipients).size).toBe(recipients.length);
  const text = readableMail(delivered[0].raw);
  const link = /https?:\/\/[^\s"<>]+\/newsroom\/press-conferences\/rsvp\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link, "the RSVP link in the e-mail").toBeTruthy();

  // The journalist, not logged in, answers "attending" with the crew's names.
  const visitor = await browser.newContext();
  const journalist = await visitor.newPage();
  await journalist.goto(new URL(link!).pathname);
  await expect(journalist.getByRole("heading", { level: 1, name: topic })).toBeVisible();
  await journalist.getByRole("radio", { name: pc.rsvp.attending, exact: true }).check();
  await journalist.locator("#crewNames").fill(`Kameraman Jan Dvořák ${suffix}`);
  await journalist.getByRole("button", { name: pc.rsvp.submit }).click();
  await expect(journalist.getByText(pc.rsvp.savedAttending)).toBeVisible();

  // Public list and ICS feed (no session).
  await journalist.goto("/newsroom/press-conferences");
  await expect(journalist.getByRole("heading", { name: topic })).toBeVisible();
  await journalist.screenshot({ path: `${SCREENSHOTS}/press-conferences-public-cs.png`, fullPage: true });
  const feed = await journalist.request.get("/newsroom/press-conferences.ics");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const ours = events.find((event) => event.summary.includes(topic));
  expect(ours, "the conference in the ICS feed").toBeTruthy();
  expect(ours!.location).toBe("Městská knihovna, sál Na Podkroví");
  await visitor.close();

  // The accreditation list shows the journalist's crew.
  await page.goto(`${detailPath}/accreditation`);
  await expect(page.getByTestId("accreditation-list")).toContainText(`Kameraman Jan Dvořák ${suffix}`);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${SCREENSHOTS}/press-conferences-accreditation-print-cs.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // Materials: a PDF uploaded and published to the invitees, who find it through their own link.
  await page.goto(detailPath);
  const materials = page.getByTestId("conference-materials");
  await materials.locator('input[name="file"]').setInputFiles({
    name: "harmonogram-knihovna.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await materials.locator('input[name="caption"]').fill("Harmonogram otevření");
  await materials.getByRole("button", { name: pc.materials.upload }).click();
  await expect(materials.getByRole("link", { name: "harmonogram-knihovna.pdf" })).toBeVisible();
  await materials.getByRole("button", { name: pc.materials.publish }).click();
  await expect(materials.getByRole("button", { name: pc.materials.unpublish })).toBeVisible();
  const again = await browser.newContext();
  const invitee = await again.newPage();
  await invitee.goto(new URL(link!).pathname);
  const file = invitee.getByTestId("invitee-materials").getByRole("link", { name: "harmonogram-knihovna.pdf" });
  await expect(file).toBeVisible();
  const download = await invitee.request.get((await file.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["cache-control"]).toBe("private, no-store");
  await again.close();

  await page.goto(detailPath);
  await expect(page.getByTestId("invitations")).toContainText(pc.response.ATTENDING);
  await page.screenshot({ path: `${SCREENSHOTS}/press-conferences-detail-cs.png`, fullPage: true });
  await page.goto("/press-conferences");
  await expect(page.getByRole("link", { name: topic })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/press-conferences-list-cs.png`, fullPage: true });
});

test("staff without the permission see conferences but cannot create them", async ({ page }) => {
  await signIn(page, { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" });
  await page.goto("/press-conferences");
  await expect(page.getByRole("heading", { level: 1, name: pc.title })).toBeVisible();
  await expect(page.getByRole("link", { name: pc.new })).toHaveCount(0);
  const response = await page.goto("/press-conferences/new");
  expect(response?.status()).toBe(403);
});
