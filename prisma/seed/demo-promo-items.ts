// Demo promotional items: ~40 items of the fictional city in two locations, a year of movements
// (receipts from invoices, issues to visits, events, partner cities, ceremonies, clubs and people, a few
// write-offs and count adjustments, two reversals), three items below their minimum. Deterministic (every
// number derives from the item's index) and written through the service's own arithmetic (valuation.ts),
// so that the ledger sums to each item's stock and value. Idempotent: an existing SKU is left alone.
import { normalizeText } from "../../src/features/media-contacts/normalize";
import { apply, outgoing, receipt, reversal, type StockChange, type StockState } from "../../src/features/promo-items/valuation";
import type { Db } from "../../src/server/db-client";

const DAY = 24 * 60 * 60 * 1000;
const HALL = "Sklad radnice";
const OFFICE = "Sekretariát primátora";

type Purpose = "VISIT" | "EVENT" | "PARTNER_CITY" | "CEREMONY" | "ORGANISATION" | "PERSON" | "OTHER";

// [name, category, unit, unit cost in haléře, location, minimum, supplier]
const ITEMS: Array<[string, string, string, number, string, number, string]> = [
  ["Propiska s logem města, modrá", "Psací potřeby", "ks", 1250, HALL, 100, "Reklamní dílna Lhota s.r.o."],
  ["Propiska s logem města, kovová", "Psací potřeby", "ks", 8900, OFFICE, 20, "Reklamní dílna Lhota s.r.o."],
  ["Tužka s gumou a znakem", "Psací potřeby", "ks", 600, HALL, 100, "Reklamní dílna Lhota s.r.o."],
  ["Zápisník A5 s logem", "Psací potřeby", "ks", 7500, HALL, 30, "Papírna Podhůří a.s."],
  ["Hrnek s panoramatem města", "Hrnky a sklo", "ks", 14500, HALL, 24, "Keramika Výhledy"],
  ["Hrnek termo s logem", "Hrnky a sklo", "ks", 21900, HALL, 12, "Keramika Výhledy"],
  ["Sklenice s gravírovaným znakem", "Hrnky a sklo", "ks", 32000, OFFICE, 12, "Sklárna Lhotecký potok"],
  ["Sada dvou sklenic na víno", "Hrnky a sklo", "sada", 89000, OFFICE, 4, "Sklárna Lhotecký potok"],
  ["Skleněná plaketa se znakem", "Hrnky a sklo", "ks", 145000, OFFICE, 3, "Sklárna Lhotecký potok"],
  ["Deštník s logem města", "Textil", "ks", 24900, HALL, 15, "Textil Podhůří"],
  ["Skládací deštník v pouzdře", "Textil", "ks", 31900, OFFICE, 6, "Textil Podhůří"],
  ["Šála v barvách města", "Textil", "ks", 29900, HALL, 10, "Textil Podhůří"],
  ["Tričko s logem, vel. M", "Textil", "ks", 19900, HALL, 10, "Textil Podhůří"],
  ["Tričko s logem, vel. L", "Textil", "ks", 19900, HALL, 10, "Textil Podhůří"],
  ["Kšiltovka s výšivkou znaku", "Textil", "ks", 16500, HALL, 10, "Textil Podhůří"],
  ["Bavlněná taška s logem", "Textil", "ks", 4900, HALL, 50, "Textil Podhůří"],
  ["Odznak se znakem města", "Odznaky a drobnosti", "ks", 3500, HALL, 50, "Mincovna Podhůří"],
  ["Odznak se znakem města, smaltovaný", "Odznaky a drobnosti", "ks", 12000, OFFICE, 20, "Mincovna Podhůří"],
  ["Klopový odznak primátora", "Odznaky a drobnosti", "ks", 18000, OFFICE, 10, "Mincovna Podhůří"],
  ["Pamětní medaile města", "Odznaky a drobnosti", "ks", 95000, OFFICE, 5, "Mincovna Podhůří"],
  ["Magnetka s radnicí", "Odznaky a drobnosti", "ks", 2900, HALL, 60, "Reklamní dílna Lhota s.r.o."],
  ["Přívěsek na klíče se znakem", "Odznaky a drobnosti", "ks", 3900, HALL, 40, "Reklamní dílna Lhota s.r.o."],
  ["USB disk 32 GB s logem", "Elektronika", "ks", 18900, HALL, 10, "Reklamní dílna Lhota s.r.o."],
  ["Powerbanka s logem", "Elektronika", "ks", 39900, OFFICE, 5, "Reklamní dílna Lhota s.r.o."],
  ["Kniha o historii města", "Knihy a tiskoviny", "ks", 38000, OFFICE, 10, "Nakladatelství Podhůří"],
  ["Kniha Město v proměnách času (fotografie)", "Knihy a tiskoviny", "ks", 59000, OFFICE, 8, "Nakladatelství Podhůří"],
  ["Obrazová publikace, anglicky", "Knihy a tiskoviny", "ks", 54000, OFFICE, 6, "Nakladatelství Podhůří"],
  ["Stolní kalendář města", "Knihy a tiskoviny", "ks", 9900, HALL, 30, "Papírna Podhůří a.s."],
  ["Nástěnný kalendář města", "Knihy a tiskoviny", "ks", 14900, HALL, 20, "Papírna Podhůří a.s."],
  ["Sada pohlednic města (10 ks)", "Knihy a tiskoviny", "sada", 4500, HALL, 30, "Papírna Podhůří a.s."],
  ["Mapa města pro turisty", "Knihy a tiskoviny", "ks", 1500, HALL, 100, "Papírna Podhůří a.s."],
  ["Dárková taška papírová s logem", "Obaly", "ks", 2500, HALL, 50, "Papírna Podhůří a.s."],
  ["Dárková krabice se znakem", "Obaly", "ks", 7900, OFFICE, 15, "Papírna Podhůří a.s."],
  ["Med z městských včelínů", "Regionální produkty", "ks", 16000, OFFICE, 10, "Včelaři Lhota z.s."],
  ["Perník s městským znakem", "Regionální produkty", "ks", 6500, HALL, 20, "Pekařství U Radnice"],
  ["Víno z partnerského regionu", "Regionální produkty", "ks", 28000, OFFICE, 6, "Vinotéka Podhůří"],
  ["Plyšový maskot města", "Pro děti", "ks", 24900, HALL, 10, "Hračky Výhledy"],
  ["Pastelky s logem (6 ks)", "Pro děti", "sada", 2900, HALL, 40, "Reklamní dílna Lhota s.r.o."],
  ["Omalovánky Poznej své město", "Pro děti", "ks", 3500, HALL, 40, "Nakladatelství Podhůří"],
  ["Reflexní páska s logem", "Pro děti", "ks", 1900, HALL, 80, "Reklamní dílna Lhota s.r.o."],
];

/** Indexes of items left below their minimum at the end (the list shows them red). */
const LOW = new Set([4, 16, 24]);

const ISSUES: Array<[Purpose, string, string]> = [
  ["VISIT", "Velvyslanec Rakouské republiky", "Návštěva velvyslance"],
  ["EVENT", "Pořadatelé Vánočních trhů", "Vánoční trhy na náměstí"],
  ["PARTNER_CITY", "Delegace partnerského města Freiberg am Lech", "Dny partnerských měst"],
  ["CEREMONY", "Vítání občánků – rodiny", "Vítání občánků"],
  ["ORGANISATION", "TJ Sokol Lhota", "Jubileum oddílu"],
  ["PERSON", "Ing. Marie Dvořáková, jubilantka", "Životní jubileum"],
  ["EVENT", "Organizační tým Městských slavností", "Městské slavnosti"],
  ["VISIT", "Hejtman kraje s doprovodem", "Pracovní návštěva hejtmana"],
  ["PARTNER_CITY", "Delegace partnerského města Kalvarija", "Výměna studentů"],
  ["ORGANISATION", "Klub seniorů Výhledy", "Setkání seniorů"],
];

export const DEMO_PROMO_COUNTS = { items: ITEMS.length, low: LOW.size } as const;

export async function seedPromoItems(db: Db, now: Date): Promise<void> {
  const creator = await db.user.findFirst({ where: { email: "assistant@herald.example" }, select: { id: true } });
  const pr = await db.user.findFirst({ where: { email: "pr@herald.example" }, select: { id: true } });
  if (!creator || !pr) return;
  for (const [index, [name, category, unit, cost, location, minimum, supplier]] of ITEMS.entries()) {
    const sku = `PP-${String(index + 1).padStart(3, "0")}`;
    if (await db.promoItem.findUnique({ where: { sku }, select: { id: true } })) continue;
    await db.$transaction(async (tx) => {
      const item = await tx.promoItem.create({
        data: { sku, name, category, unit, location, supplier, minimumStock: minimum, searchText: normalizeText([sku, name, category, location, supplier].join(" ")) },
        select: { id: true },
      });
      let state: StockState = { onHand: 0, stockValue: 0, lastUnitCost: 0 };
      let last: Date | null = null;
      const movements: Array<Record<string, unknown>> = [];
      const record = (kind: string, change: StockChange, at: Date, fields: Record<string, unknown> = {}, unitCost?: number) => {
        const result = apply(state, change, unitCost);
        state = result.state;
        last = at;
        const id = crypto.randomUUID();
        movements.push({ id, itemId: item.id, kind, quantity: result.applied.quantity, valueDelta: result.applied.valueDelta, occurredAt: at, createdById: index % 3 === 0 ? pr.id : creator.id, createdAt: at, ...fields });
        return { id, applied: result.applied };
      };
      const dayAt = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY - ((index * 37) % 300) * 60_000);
      // Two receipts a year (the second a little dearer), then issues every few weeks.
      const firstQty = Math.max(minimum * 3, 20) + (index % 5) * 10;
      record("RECEIPT", receipt(state, firstQty, cost), dayAt(360 - (index % 10)), {
        unitCost: cost,
        supplier,
        orderNumber: `OBJ-2025-${String(100 + index)}`,
        invoiceNumber: `FV-${2025}${String(4000 + index * 3)}`,
      }, cost);
      const secondCost = Math.round(cost * 1.08);
      const secondQty = Math.max(minimum * 2, 10) + (index % 3) * 5;
      let received2 = false;
      for (let step = 0; step < 12; step += 1) {
        const daysAgo = 330 - step * 27 - (index % 7);
        if (!received2 && daysAgo < 180) {
          record("RECEIPT", receipt(state, secondQty, secondCost), dayAt(daysAgo + 3), {
            unitCost: secondCost,
            supplier,
            orderNumber: `OBJ-2026-${String(200 + index)}`,
            invoiceNumber: `FV-2026${String(1000 + index * 7)}`,
          }, secondCost);
          received2 = true;
        }
        const [purpose, recipientName, reference] = ISSUES[(index + step) % ISSUES.length];
        const quantity = 1 + ((index * 7 + step * 3) % Math.max(2, Math.floor(minimum / 2)));
        if (quantity > state.onHand) continue;
        const issued = record("ISSUE", outgoing(state, quantity), dayAt(daysAgo), { purpose, recipientName, reference });
        // Two mistakes undone on the same day.
        if ((index === 2 && step === 4) || (index === 11 && step === 7)) {
          record("REVERSAL", reversal(issued.applied), dayAt(daysAgo - 0.01), { reversesId: issued.id, reason: "Zapsáno u špatné položky", purpose, recipientName, reference });
        }
      }
      if (index % 9 === 5 && state.onHand > 2) record("WRITE_OFF", outgoing(state, 1), dayAt(40), { reason: "Poškozeno při skladování" });
      if (index % 11 === 3 && state.onHand > 3) {
        const counted = state.onHand - 1;
        record("ADJUSTMENT", outgoing(state, 1), dayAt(20), { reason: "Roční inventura", countedQty: counted, expectedQty: counted + 1 });
      }
      // Low items end below their minimum; the others above it.
      if (LOW.has(index)) {
        const target = Math.max(0, minimum - 2 - (index % 3));
        if (state.onHand > target) record("ISSUE", outgoing(state, state.onHand - target), dayAt(6), { purpose: "EVENT", recipientName: "Organizační tým Městských slavností", reference: "Městské slavnosti" });
      } else if (state.onHand < minimum) {
        record("RECEIPT", receipt(state, minimum * 2 - state.onHand + 5, secondCost), dayAt(10), { unitCost: secondCost, supplier, orderNumber: `OBJ-2026-${300 + index}`, invoiceNumber: `FV-2026${5000 + index}` }, secondCost);
      }
      await tx.stockMovement.createMany({ data: movements as never });
      await tx.promoItem.update({ where: { id: item.id }, data: { onHand: state.onHand, stockValue: state.stockValue, lastUnitCost: state.lastUnitCost, lastMovementAt: last } });
    });
  }
}
