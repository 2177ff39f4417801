// Demo civic ceremonies (fictional families and people; Czech): a year of them, six months back and six
// ahead — welcomings of newborn citizens every other month, jubilee weddings and life jubilees each
// quarter, two memorial acts with wreaths and guests of honour, one other ceremony. Past ceremonies are
// HELD with attendance recorded; upcoming ones have slots, some families assigned and some waiting.
// Deterministic relative to `now`; idempotent: matched by title. Addresses on the reserved ".example" domain.
import { createHash } from "node:crypto";
import type { Db } from "../../src/server/db-client";

const DAY = 24 * 60 * 60 * 1000;
type Type = "WELCOMING" | "JUBILEE_WEDDING" | "LIFE_JUBILEE" | "MEMORIAL" | "OTHER";

/** The calendar day `days` from now (a @db.Date value). */
function day(now: Date, days: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
/** hh:mm UTC on that day (09:00 UTC is 10:00 or 11:00 in Prague). */
function at(date: Date, hour: number, minute = 0): Date {
  const value = new Date(date);
  value.setUTCHours(hour, minute, 0, 0);
  return value;
}

const SURNAMES = [["Novák", "Nováková"], ["Svoboda", "Svobodová"], ["Dvořák", "Dvořáková"], ["Černý", "Černá"], ["Procházka", "Procházková"], ["Kučera", "Kučerová"], ["Veselý", "Veselá"], ["Horák", "Horáková"], ["Němec", "Němcová"], ["Pokorný", "Pokorná"], ["Marek", "Marková"], ["Pospíšil", "Pospíšilová"]];
const MEN = ["Jan", "Petr", "Tomáš", "Martin", "Jiří", "Pavel", "Lukáš", "Karel"];
const WOMEN = ["Jana", "Eva", "Lenka", "Petra", "Hana", "Lucie", "Marie", "Alena"];
const CHILDREN = ["Eliška", "Jakub", "Tereza", "Matyáš", "Anna", "Vojtěch", "Natálie", "Adam"];
const STREETS = ["Lipová", "Školní", "Polní", "Zahradní", "Nádražní", "Krátká"];

type DemoCeremony = { title: string; type: Type; offset: number; occasion?: string; slots: number; perSlot: number; families: number; wreaths?: string[]; guests?: Array<[number, string, string]>; media?: string };

function ceremonies(): DemoCeremony[] {
  const list: DemoCeremony[] = [];
  for (let i = 0; i < 6; i += 1) list.push({ title: `Vítání občánků ${i + 1}/6`, type: "WELCOMING", offset: -165 + i * 60, slots: 3, perSlot: 6, families: 10 });
  for (let i = 0; i < 4; i += 1) list.push({ title: `Jubilejní svatby ${i + 1}/4`, type: "JUBILEE_WEDDING", offset: -150 + i * 90, occasion: i % 2 ? "diamantová svatba (60 let)" : "zlatá svatba (50 let)", slots: 2, perSlot: 3, families: 4 });
  for (let i = 0; i < 4; i += 1) list.push({ title: `Životní jubilea ${i + 1}/4`, type: "LIFE_JUBILEE", offset: -120 + i * 90, occasion: "80, 85, 90 a více let", slots: 2, perSlot: 4, families: 5 });
  const guests: Array<[number, string, string]> = [[1, "Ing. Radek Vlček", "starosta"], [2, "Mgr. Olga Šimková", "místostarostka"], [3, "plk. Milan Beneš", "velitel posádky"], [3, "Bc. Irena Fialová", "ředitelka muzea"]];
  list.push({ title: "Pietní akt ke Dni vítězství", type: "MEMORIAL", offset: -40, slots: 0, perSlot: 0, families: 0, wreaths: ["Město", "Český svaz bojovníků za svobodu", "Sokol", "Základní škola Lipová"], guests, media: "Městský zpravodaj, Regionální televize (fiktivní)" });
  list.push({ title: "Pietní akt ke vzniku republiky", type: "MEMORIAL", offset: 130, slots: 0, perSlot: 0, families: 0, wreaths: ["Město", "Klub vojenské historie", "Skauti"], guests: guests.slice(0, 3), media: "Městský zpravodaj" });
  list.push({ title: "Přijetí úspěšných sportovců", type: "OTHER", offset: 75, slots: 1, perSlot: 10, families: 0 });
  return list;
}

export const DEMO_CEREMONY_COUNT = ceremonies().length;

function person(seed: number, type: Type) {
  const [male, female] = SURNAMES[seed % SURNAMES.length];
  const man = MEN[seed % MEN.length];
  const woman = WOMEN[(seed * 3) % WOMEN.length];
  const names = type === "LIFE_JUBILEE" ? `${WOMEN[(seed + 1) % WOMEN.length]} ${female}` : `${woman} a ${man} ${male.endsWith("ý") ? male.slice(0, -1) + "í" : male + "ovi"}`;
  const ascii = male.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return {
    names,
    childName: type === "WELCOMING" ? `${CHILDREN[seed % CHILDREN.length]} ${seed % 2 ? male : female}` : null,
    address: `${STREETS[seed % STREETS.length]} ${10 + (seed % 90)}, 100 00 Město`,
    email: `${ascii}.${seed}@rodina.example`,
  };
}

const token = (value: string) => createHash("sha256").update(`demo-ceremony:${value}`).digest("base64url");

export async function seedCeremonies(db: Db, now: Date) {
  const creator = await db.user.findUniqueOrThrow({ where: { email: "assistant@herald.example" }, select: { id: true } }).catch(() => db.user.findFirstOrThrow({ select: { id: true } }));
  let seq = 0;
  for (const demo of ceremonies()) {
    seq += 1;
    if (await db.ceremony.findFirst({ where: { title: demo.title }, select: { id: true } })) continue;
    const date = day(now, demo.offset);
    const past = demo.offset < 0;
    const ceremony = await db.ceremony.create({
      data: {
        type: demo.type,
        title: demo.title,
        occasion: demo.occasion ?? "",
        date,
        venue: demo.type === "MEMORIAL" ? "Pomník padlým, Masarykovo náměstí" : "Obřadní síň radnice",
        officiant: seq % 3 ? "Ing. Radek Vlček, starosta" : "Mgr. Olga Šimková, místostarostka",
        programme: demo.type === "MEMORIAL" ? "Státní hymna\nProjev starosty\nKladení věnců\nMinuta ticha" : "Hudební úvod\nProslov\nPodpis do pamětní knihy\nPřípitek",
        mediaInvited: demo.media ?? "",
        status: past ? "HELD" : "PLANNED",
        createdById: creator.id,
        wreaths: { create: (demo.wreaths ?? []).map((organisation, position) => ({ organisation, position })) },
        guests: { create: (demo.guests ?? []).map(([rank, name, fn]) => ({ rank, name, function: fn })) },
      },
    });
    const slots = [];
    for (let s = 0; s < demo.slots; s += 1) slots.push(await db.ceremonySlot.create({ data: { ceremonyId: ceremony.id, startsAt: at(date, 8 + Math.floor(s / 2), (s % 2) * 30), capacity: demo.perSlot } }));
    for (let f = 0; f < demo.families; f += 1) {
      const who = person(seq * 17 + f, demo.type);
      // Upcoming ceremonies: the last two families are still waiting for a slot.
      const slot = slots.length && (past || f < demo.families - 2) ? slots[f % slots.length] : null;
      if (slot && slot.booked >= slot.capacity) continue;
      if (slot) slot.booked += 1;
      const jubilee = demo.type === "WELCOMING" ? null : day(now, demo.offset - 3);
      await db.ceremonyRegistration.create({
        data: {
          type: demo.type,
          ceremonyId: slot ? ceremony.id : null,
          slotId: slot?.id ?? null,
          names: who.names,
          childName: who.childName,
          childBirthDate: demo.type === "WELCOMING" ? day(now, demo.offset - 60 - f * 7) : null,
          jubileeDate: jubilee,
          address: who.address,
          email: f % 4 === 3 ? null : who.email,
          phone: f % 4 === 3 ? "+420 600 000 000" : null,
          guests: 2 + (f % 5),
          photoConsent: f % 3 !== 0,
          consentVersion: "2026-01",
          consentAt: day(now, demo.offset - 30),
          consentSource: f % 4 === 3 ? "PAPER" : "PUBLIC_FORM",
          rsvpToken: token(`${demo.title}:${f}`),
          rsvp: past ? "ATTENDING" : f % 2 ? "ATTENDING" : "PENDING",
          attended: past ? f % 5 !== 4 : null,
        },
      });
    }
    for (const slot of slots) await db.ceremonySlot.update({ where: { id: slot.id }, data: { booked: slot.booked } });
  }
}
