import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { cs, DEMO_PASSWORD, expect, format, signIn, test, uniqueSuffix } from "./support/app";

// Protocol visits end to end, as the assistant: an incoming delegation from a partner city with six
// guests in precedence, a two-day programme, hotel and interpreter bookings, a gift, confirmation and the
// printed itinerary; then the mayor booked twice at once is flagged.

const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const v = cs.visits;
const SCREENSHOTS = "tests/e2e/screenshots";

/** "YYYY-MM-DD" in the browser's zone (the city's), days ahead. */
async function localDay(page: Page, daysAhead: number): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date(Date.now() + days * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, daysAhead);
}

async function createVisit(page: Page, title: string, first: string, last: string) {
  await page.goto("/visits/new");
  await page.locator("#direction").selectOption("INCOMING");
  await page.locator("#title").fill(title);
  await page.locator("#counterpart").fill("Lindenau an der Mulde (Německo), partnerské město");
  await page.locator("#startDate").fill(first);
  await page.locator("#endDate").fill(last);
  await page.locator("#budget").fill("80 000");
  await page.locator("#hostName").fill("Mgr. Helena Vávrová, starostka");
  await page.getByRole("button", { name: v.actions.create }).click();
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}\?created=1/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function addParticipant(page: Page, person: { side: "DELEGATION" | "CITY"; rank: number; role: string; name: string; function: string; dietary?: string }) {
  const form = page.getByTestId("participant-form");
  await form.locator("#participant-side").selectOption(person.side);
  await form.locator("#participant-rank").fill(String(person.rank));
  await form.locator("#participant-role").selectOption(person.role);
  await form.locator("#participant-name").fill(person.name);
  await form.locator("#participant-function").fill(person.function);
  await form.locator("#participant-organisation").fill(person.side === "DELEGATION" ? "Stadt Lindenau an der Mulde" : "Městský úřad");
  if (person.dietary) await form.locator("#participant-dietary").fill(person.dietary);
  await form.getByRole("button", { name: v.participants.addButton }).click();
  await expect(page.getByTestId(person.side === "DELEGATION" ? "delegation" : "city-people").getByText(person.name, { exact: true })).toBeVisible();
}

async function addItem(page: Page, item: { day: string; from: string; to: string; activity: string; place: string; who: string[]; press?: boolean }) {
  const form = page.getByTestId("programme-form");
  await form.locator("#item-startsAt").fill(`${item.day}T${item.from}`);
  await form.locator("#item-endsAt").fill(`${item.day}T${item.to}`);
  await form.locator("#item-activity").fill(item.activity);
  await form.locator("#item-place").fill(item.place);
  if (item.press) await form.getByLabel(v.programme.pressInvited).check();
  for (const name of item.who) await form.getByLabel(name, { exact: true }).check();
  await form.getByRole("button", { name: v.programme.addButton }).click();
  await expect(page.getByTestId("programme").getByText(item.activity)).toBeVisible();
}

const GUESTS = [
  { rank: 3, role: "MEMBER", name: "Sabine Kranichfeld", function: "předsedkyně městské rady" },
  { rank: 1, role: "HEAD_OF_DELEGATION", name: "Dr. Katrin Wendisch", function: "Oberbürgermeisterin", dietary: "vegetariánka" },
  { rank: 2, role: "MEMBER", name: "Matthias Opolka", function: "zástupce starostky" },
  { rank: 6, role: "INTERPRETER", name: "Lea Feldmann", function: "tlumočnice" },
  { rank: 4, role: "MEMBER", name: "Jörg Tannenhauer", function: "velitel hasičů" },
  { rank: 5, role: "MEMBER", name: "Ute Brambach", function: "ředitelka gymnázia" },
] as const;
const IN_PRECEDENCE = ["Dr. Katrin Wendisch", "Matthias Opolka", "Sabine Kranichfeld", "Jörg Tannenhauer", "Ute Brambach", "Lea Feldmann"];

test("the assistant prepares an incoming delegation: six guests, a two-day programme, bookings, a gift, confirmation and the printed itinerary", async ({ page }) => {
  test.setTimeout(240_000);
  const title = `Návštěva delegace z Lindenau ${uniqueSuffix()}`;
  await signIn(page, ASSISTANT);
  const first = await localDay(page, 150);
  const second = await localDay(page, 151);
  await createVisit(page, title, first, second);
  const detailPath = new URL(page.url()).pathname;

  // Six guests entered out of order; the lists show them in precedence.
  for (const guest of GUESTS) await addParticipant(page, { side: "DELEGATION", ...guest });
  await addParticipant(page, { side: "CITY", rank: 1, role: "HOST", name: "Mgr. Helena Vávrová", function: "starostka" });
  await expect(page.getByTestId("delegation").locator("tbody tr td:nth-child(2) span.font-medium")).toHaveText(IN_PRECEDENCE);
  await expect(page.getByTestId("delegation")).toContainText("vegetariánka"); // the assistant sees dietary needs

  // A two-day programme.
  await addItem(page, { day: first, from: "09:00", to: "10:00", activity: "Přijetí na radnici", place: "Radnice, obřadní síň", who: ["Dr. Katrin Wendisch", "Matthias Opolka", "Mgr. Helena Vávrová"], press: true });
  await addItem(page, { day: first, from: "10:30", to: "12:00", activity: "Prohlídka Masarykova náměstí", place: "Masarykovo náměstí", who: ["Dr. Katrin Wendisch", "Mgr. Helena Vávrová"] });
  await addItem(page, { day: second, from: "09:30", to: "10:30", activity: "Podpis plánu spolupráce", place: "Radnice, obřadní síň", who: ["Dr. Katrin Wendisch", "Mgr. Helena Vávrová"], press: true });
  await expect(page.getByTestId("programme").locator("section")).toHaveCount(2);
  await expect(page.getByTestId("visit-clashes")).toHaveCount(0);

  // Hotel and interpreter: requested stands out until confirmed.
  for (const booking of [
    { kind: "HOTEL", supplier: "Hotel Podhůří", details: "6 jednolůžkových pokojů, 2 noci", cost: "23 400" },
    { kind: "INTERPRETER", supplier: "Mgr. Dana Horová, tlumočnice NJ", details: "Oba dny", cost: "9 600" },
  ]) {
    const form = page.getByTestId("booking-form");
    await form.locator("#booking-kind").selectOption(booking.kind);
    await form.locator("#booking-supplier").fill(booking.supplier);
    await form.locator("#booking-cost").fill(booking.cost);
    await form.locator("#booking-details").fill(booking.details);
    await form.getByRole("button", { name: v.logistics.addButton }).click();
    await expect(page.getByTestId("bookings").getByText(booking.supplier)).toBeVisible();
  }
  await expect(page.getByTestId("unconfirmed-bookings")).toBeVisible();
  await expect(page.getByTestId("bookings").locator('tr[data-status="REQUESTED"]')).toHaveCount(2);

  // Confirming the visit is refused while bookings are only requested.
  await page.getByRole("button", { name: v.transition.PLANNED }).click();
  await expect(page.locator("h1 + p")).toContainText(v.status.PLANNED);
  await expect(page.getByRole("button", { name: v.transition.CONFIRMED })).toBeDisabled();
  await expect(page.getByText(`${v.transition.CONFIRMED}: ${cs.errors.visitBookingsUnconfirmed}`)).toBeVisible();

  for (let i = 0; i < 2; i++) {
    await page.getByTestId("confirm-booking").first().getByRole("button").click();
    await expect(page.getByTestId("bookings").locator('tr[data-status="REQUESTED"]')).toHaveCount(1 - i);
  }
  await expect(page.getByTestId("unconfirmed-bookings")).toHaveCount(0);

  // A gift from the promotional stock: issued from the ledger with the gift.
  const gift = page.getByTestId("gift-form");
  await gift.locator("#gift-direction").selectOption("GIVEN");
  const stockItem = gift.locator("#gift-promo-item");
  const bookOption = stockItem.locator("option", { hasText: "Kniha o historii města" }).first();
  await stockItem.selectOption((await bookOption.getAttribute("value"))!);
  await gift.locator("#gift-description").fill("Kniha o historii města (NJ) a pamětní medaile");
  await gift.locator("#gift-counterparty").fill("Dr. Katrin Wendisch");
  await gift.getByRole("button", { name: v.gifts.addButton }).click();
  await expect(page.getByTestId("gifts").getByText("Kniha o historii města (NJ) a pamětní medaile")).toBeVisible();
  await expect(page.getByTestId("gifts")).toContainText(v.gifts.fromStock);

  // Confirm.
  await page.getByRole("button", { name: v.transition.CONFIRMED }).click();
  await expect(page.getByRole("button", { name: v.transition.COMPLETED })).toBeVisible();
  await expect(page.locator("h1 + p")).toContainText(v.status.CONFIRMED);
  await page.screenshot({ path: `${SCREENSHOTS}/visits-detail-cs.png`, fullPage: true });

  // The programme's calendar file.
  const ics = await page.request.get(`${detailPath}/programme.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const icsText = await ics.text();
  expect(icsText.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  // A real calendar parser reads it: three events with their times and places.
  const calendar = new ICAL.Component(ICAL.parse(icsText));
  const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
  expect(events.map((event) => event.summary)).toEqual([`Přijetí na radnici – ${title}`, `Prohlídka Masarykova náměstí – ${title}`, `Podpis plánu spolupráce – ${title}`]);
  expect(events[0].location).toBe("Radnice, obřadní síň");
  expect(events[0].description).toContain("Dr. Katrin Wendisch");
  expect(events[0].endDate.toJSDate().getTime() - events[0].startDate.toJSDate().getTime()).toBe(60 * 60 * 1000);

  // The itinerary, as printed.
  await page.getByRole("link", { name: v.itinerary.link }).click();
  await page.waitForURL(`**${detailPath}/itinerary`);
  await expect(page.getByTestId("itinerary-delegation").locator("li span.font-medium")).toHaveText(IN_PRECEDENCE);
  await expect(page.getByTestId("itinerary-programme")).toHaveCount(2);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: v.itinerary.print })).toBeHidden();
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/visits-itinerary-print-cs.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The list: upcoming first.
  await page.goto("/visits");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/visits-list-cs.png`, fullPage: true });
});

test("the mayor booked in two overlapping programme items is flagged on save and on the page", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Návštěva s kolizí ${uniqueSuffix()}`;
  await signIn(page, ASSISTANT);
  const first = await localDay(page, 160);
  await createVisit(page, title, first, first);
  await addParticipant(page, { side: "DELEGATION", rank: 1, role: "HEAD_OF_DELEGATION", name: "Tomasz Wierzbicki", function: "burmistrz" });
  await addParticipant(page, { side: "CITY", rank: 1, role: "HOST", name: "Starostka Vávrová", function: "starostka" });
  await addItem(page, { day: first, from: "09:00", to: "10:30", activity: "Přijetí delegace", place: "Radnice", who: ["Tomasz Wierzbicki", "Starostka Vávrová"] });
  await addItem(page, { day: first, from: "10:00", to: "11:00", activity: "Jednání rady města", place: "Radnice", who: ["Starostka Vávrová"] });
  const warning = format(v.clashes.internal, { name: "Starostka Vávrová", first: "Přijetí delegace", second: "Jednání rady města" });
  await expect(page.getByTestId("visit-clashes")).toContainText(warning);
  await expect(page.getByTestId("programme-item").filter({ hasText: v.clashes.badge })).toHaveCount(2);
});
