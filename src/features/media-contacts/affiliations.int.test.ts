// Further outlets of a journalist (MediaContactAffiliation): saved with the contact in one transaction and
// one audit entry (ids only), refused whole on a bad outlet, matched by the list's filter, search and
// smart lists, removed by erasure, moved by a merge, exported and imported as "Outlet (role); …".
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { makeContact, makeOutlet, makeUser, unique, uniqueEmail } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { parseOtherOutlets } from "./csv";
import { contactsExportResponse } from "./export";
import { exportContactData, getContact, getDistributionList, getOutlet, listContacts, listOutlets } from "./queries";
import { createContact, createList, eraseContact, importContacts, mergeContacts, previewContactImport, updateContact } from "./service";

let spokes: Actor, pr: Actor, head: Actor;

beforeAll(async () => {
  spokes = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  pr = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
});

function contactInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Radka ${unique("Vávrová")}`,
    email: uniqueEmail("radka"),
    beats: "kultura",
    languages: "cs",
    legalBasis: "veřejný zájem – čl. 6 odst. 1 písm. e) GDPR",
    source: "vizitka",
    ...overrides,
  };
}

const affiliationsOf = (contactId: string) =>
  db.mediaContactAffiliation.findMany({ where: { contactId }, select: { outletId: true, role: true, position: true }, orderBy: { position: "asc" } });

describe("saving further outlets", () => {
  it("saves rows posted as the form's arrays (empty rows dropped), in order, audited with outlet ids only", async () => {
    const [primary, radio, web] = await Promise.all([makeOutlet({ kind: "PRINT" }), makeOutlet({ kind: "RADIO" }), makeOutlet({ kind: "ONLINE" })]);
    const { id } = await createContact(
      pr,
      contactInput({ outletId: primary.id, role: "reportérka", affiliationOutletId: [radio.id, "", web.id], affiliationRole: ["zpravodajka Sever", "", ""] }),
    );
    expect(await affiliationsOf(id)).toEqual([
      { outletId: radio.id, role: "zpravodajka Sever", position: 0 },
      { outletId: web.id, role: null, position: 1 },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "contact.create", entityId: id }, select: { after: true } });
    expect(audit.after).toMatchObject({ affiliationOutletIds: [radio.id, web.id] });
    expect(JSON.stringify(audit)).not.toContain("zpravodajka");

    const contact = await getContact(pr, id);
    expect(contact.outlet?.id).toBe(primary.id);
    expect(contact.affiliations.map((row) => [row.outlet.id, row.role])).toEqual([
      [radio.id, "zpravodajka Sever"],
      [web.id, null],
    ]);
  });

  it("an edit changes and removes them, in one audit entry", async () => {
    const [primary, radio, web, tv] = await Promise.all([makeOutlet(), makeOutlet(), makeOutlet(), makeOutlet()]);
    const input = contactInput({ outletId: primary.id });
    const { id, version } = await createContact(pr, { ...input, affiliations: [{ outletId: radio.id, role: "externista" }, { outletId: web.id }] });
    const next = await updateContact(pr, { ...input, id, version, affiliationOutletId: [tv.id, radio.id], affiliationRole: ["", "zpravodaj"] });
    expect(await affiliationsOf(id)).toEqual([
      { outletId: tv.id, role: null, position: 0 },
      { outletId: radio.id, role: "zpravodaj", position: 1 },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "contact.update", entityId: id }, select: { after: true } });
    expect(audit.after).toMatchObject({ changed: ["affiliations"], affiliationOutletIds: [tv.id, radio.id] });
    expect(JSON.stringify(audit)).not.toContain("zpravodaj");

    await updateContact(pr, { ...input, id, version: next.version });
    expect(await affiliationsOf(id)).toEqual([]);
  });

  it("a bad or unknown outlet, the primary outlet repeated or one outlet twice changes nothing", async () => {
    const [primary, radio] = await Promise.all([makeOutlet(), makeOutlet()]);
    const input = contactInput({ outletId: primary.id });
    const { id, version } = await createContact(pr, { ...input, affiliations: [{ outletId: radio.id, role: "externista" }] });
    const unknown = "0192d3a4-0000-7000-8000-000000000000";
    const unknownError = await expectRefusedWithoutChange(
      () => updateContact(pr, { ...input, name: "Nové jméno", id, version, affiliationOutletId: [radio.id, unknown], affiliationRole: ["", ""] }),
      ValidationError,
    );
    expect(unknownError.fieldIssues).toEqual({ "affiliations.1.outletId": [{ key: "invalidChoice" }] });
    const notId = await expectRefusedWithoutChange(() => updateContact(pr, { ...input, id, version, affiliationOutletId: ["nope"], affiliationRole: [""] }), ValidationError);
    expect(Object.keys(notId.fieldIssues)).toEqual(["affiliations.0.outletId"]);
    const repeated = await expectRefusedWithoutChange(() => updateContact(pr, { ...input, id, version, affiliations: [{ outletId: primary.id }] }), ValidationError);
    expect(repeated.fieldIssues).toEqual({ "affiliations.0.outletId": [{ key: "affiliationIsPrimary" }] });
    const twice = await expectRefusedWithoutChange(() => updateContact(pr, { ...input, id, version, affiliations: [{ outletId: radio.id }, { outletId: radio.id }] }), ValidationError);
    expect(twice.fieldIssues).toEqual({ "affiliations.1.outletId": [{ key: "affiliationDuplicate" }] });
    const roleOnly = await expectRefusedWithoutChange(() => updateContact(pr, { ...input, id, version, affiliationOutletId: [""], affiliationRole: ["externista"] }), ValidationError);
    expect(Object.keys(roleOnly.fieldIssues)).toEqual(["affiliations.0.outletId"]);
    const tooMany = await Promise.all(Array.from({ length: 6 }, () => makeOutlet()));
    await expectRefusedWithoutChange(() => updateContact(pr, { ...input, id, version, affiliations: tooMany.map((outlet) => ({ outletId: outlet.id })) }), ValidationError);
    await expectRefusedWithoutChange(() => createContact(pr, contactInput({ affiliations: [{ outletId: unknown }] })), ValidationError);
  });

  it("a role without contact.manage is refused, with nothing changed", async () => {
    const [primary, radio] = await Promise.all([makeOutlet(), makeOutlet()]);
    const contact = await makeContact({ outletId: primary.id });
    await expectRefusedWithoutChange(() => updateContact(head, { ...contactInput({ email: contact.email }), id: contact.id, version: contact.version, affiliations: [{ outletId: radio.id }] }), ForbiddenError);
    await expectRefusedWithoutChange(() => createContact(head, contactInput({ affiliations: [{ outletId: radio.id }] })), ForbiddenError);
  });
});

describe("finding a journalist by any of their outlets", () => {
  it("the list's outlet filter, kind, region and a search by the outlet's name; the outlet page lists both kinds", async () => {
    const word = unique("Sever").toLowerCase().replace(/[^a-z0-9]/g, "");
    const primary = await makeOutlet({ kind: "PRINT", region: "Podhůří" });
    const radio = await makeOutlet({ name: `Český rozhlas ${word}`, kind: "RADIO", region: `Kraj ${word}` });
    const { id } = await createContact(pr, contactInput({ outletId: primary.id, role: "reportér", affiliations: [{ outletId: radio.id, role: "zpravodaj" }] }));
    const other = await makeContact({ outletId: radio.id });
    const ids = async (filter: Record<string, unknown>) => (await listContacts(pr, filter)).rows.map((row) => row.id);
    expect((await ids({ outletId: radio.id })).sort()).toEqual([id, other.id].sort());
    expect(await ids({ outletId: primary.id })).toEqual([id]);
    expect(await ids({ q: `cesky rozhlas ${word}`, outletId: primary.id })).toEqual([id]);
    expect(await ids({ kind: "RADIO", region: `kraj ${word}` })).toContain(id);
    expect((await listContacts(pr, { outletId: radio.id })).rows.find((row) => row.id === id)?.affiliations).toHaveLength(1);

    const page = await getOutlet(pr, radio.id);
    expect(page.contacts.map((contact) => [contact.id, contact.primary, contact.role]).sort()).toEqual(
      [
        [id, false, "zpravodaj"],
        [other.id, true, null],
      ].sort(),
    );
    expect((await listOutlets(pr)).find((outlet) => outlet.id === radio.id)?.contactCount).toBe(2);
  });

  it("a smart list by outlet kind (or region) reaches a journalist through a further outlet", async () => {
    const region = unique("Region");
    const primary = await makeOutlet({ kind: "PRINT", region: "Podhůří" });
    const agency = await makeOutlet({ kind: "AGENCY", region });
    const { id } = await createContact(pr, contactInput({ outletId: primary.id, affiliations: [{ outletId: agency.id }] }));
    const byKind = await createList(pr, { name: unique("Agentury"), kind: "SMART", outletKinds: "AGENCY" });
    expect((await getDistributionList(pr, byKind.id)).members.map((member) => member.id)).toContain(id);
    const byRegion = await createList(pr, { name: unique("Region"), kind: "SMART", regions: region.toUpperCase() });
    expect((await getDistributionList(pr, byRegion.id)).members.map((member) => member.id)).toEqual([id]);
  });
});

describe("erasure, merge and data export", () => {
  it("erasure removes the further outlets", async () => {
    const radio = await makeOutlet();
    const { id, version } = await createContact(spokes, contactInput({ affiliations: [{ outletId: radio.id, role: "externista" }] }));
    await eraseContact(spokes, { id, version, confirm: "on" });
    expect(await affiliationsOf(id)).toEqual([]);
    expect((await listContacts(pr, { outletId: radio.id })).rows).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "contact.erase", entityId: id }, select: { after: true } });
    expect(audit.after).toMatchObject({ affiliationsRemoved: 1 });
  });

  it("a merge moves the other record's outlets to the survivor, skipping ones it has and its primary outlet", async () => {
    const [a, b, c, d] = await Promise.all([makeOutlet(), makeOutlet(), makeOutlet(), makeOutlet()]);
    const keep = await createContact(pr, contactInput({ outletId: a.id, affiliations: [{ outletId: b.id, role: "externista" }] }));
    // The other record: primary d (becomes a further outlet), further a (the survivor's primary), b (has it), c (new).
    const remove = await createContact(pr, contactInput({ outletId: d.id, role: "moderátor", affiliations: [{ outletId: a.id }, { outletId: b.id, role: "jiná role" }, { outletId: c.id, role: "fotograf" }] }));
    await mergeContacts(pr, { keepId: keep.id, removeId: remove.id });
    expect(await affiliationsOf(keep.id)).toEqual([
      { outletId: b.id, role: "externista", position: 0 },
      { outletId: d.id, role: "moderátor", position: 1 },
      { outletId: c.id, role: "fotograf", position: 2 },
    ]);
    expect(await affiliationsOf(remove.id)).toEqual([]);
    expect((await getContact(pr, keep.id)).outlet?.id).toBe(a.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "contact.merge", entityId: keep.id }, select: { after: true } });
    expect(audit.after).toMatchObject({ affiliationsMoved: 2 });
  });

  it("the GDPR data export and the CSV/XLSX export include them", async () => {
    const primary = await makeOutlet({ name: unique("Deník Podhůří") });
    const radio = await makeOutlet({ name: unique("Český rozhlas Sever") });
    const web = await makeOutlet({ name: unique("Podhůří dnes") });
    const input = contactInput({ outletId: primary.id, role: "redaktorka", affiliations: [{ outletId: radio.id, role: "zpravodajka" }, { outletId: web.id }] });
    const { id } = await createContact(spokes, input);
    const data = await exportContactData(spokes, id);
    expect(data.otherOutlets.map((row) => [row.name, row.role])).toEqual([
      [radio.name, "zpravodajka"],
      [web.name, null],
    ]);
    const csv = await (await contactsExportResponse(spokes, { q: input.name }, "csv")).text();
    const [header, row] = csv.replace(/^\uFEFF/, "").split("\r\n");
    const columns = header.split(";");
    expect(columns).toContain("otherOutlets");
    expect(row).toContain(`"${radio.name} (zpravodajka); ${web.name}"`);
    const xlsx = await contactsExportResponse(spokes, { q: input.name }, "xlsx");
    expect(xlsx.status).toBe(200);
  });
});

describe("CSV import", () => {
  it("parses the cell format", () => {
    expect(parseOtherOutlets(" Český rozhlas Sever (zpravodajka) ;Podhůří dnes| Foto (Brno) (fotograf) ;; ")).toEqual([
      { name: "Český rozhlas Sever", role: "zpravodajka" },
      { name: "Podhůří dnes" },
      { name: "Foto (Brno)", role: "fotograf" },
    ]);
  });

  it("reads the otherOutlets / další redakce column: known outlets by name, unknown ones created; the primary repeated is ignored", async () => {
    const known = await makeOutlet({ name: unique("Rádio Úsměv") });
    const primary = unique("Deník");
    const created = unique("Nový web");
    const email = uniqueEmail("import");
    const csv = `jméno;e-mail;médium;funkce;další redakce;právní základ;zdroj\r\nIvana Import;${email};${primary};redaktorka;"${known.name.toUpperCase()} (moderátorka); ${created}; ${primary} (x)";veřejný zájem;web\r\n`;
    const preview = await previewContactImport(pr, { csv });
    expect(preview.counts).toEqual({ create: 1, update: 0, error: 0 });
    expect(preview.newOutlets.sort()).toEqual([primary, created].sort());
    expect(await importContacts(pr, { csv })).toEqual({ created: 1, updated: 0, outletsCreated: 2 });
    const contact = await db.mediaContact.findUniqueOrThrow({ where: { email }, select: { id: true, outlet: { select: { name: true } } } });
    expect(contact.outlet?.name).toBe(primary);
    const rows = await db.mediaContactAffiliation.findMany({ where: { contactId: contact.id }, select: { role: true, outlet: { select: { name: true, kind: true } } }, orderBy: { position: "asc" } });
    expect(rows).toEqual([
      { role: "moderátorka", outlet: { name: known.name, kind: known.kind } },
      { role: null, outlet: { name: created, kind: "ONLINE" } },
    ]);

    // A file without the column leaves them; an empty cell clears them.
    await importContacts(pr, { csv: `name;email;legalBasis;source\r\nIvana Import;${email};x;y\r\n` });
    expect(await affiliationsOf(contact.id)).toHaveLength(2);
    await importContacts(pr, { csv: `name;email;otherOutlets;legalBasis;source\r\nIvana Import;${email};;x;y\r\n` });
    expect(await affiliationsOf(contact.id)).toHaveLength(0);
  });

  it("more outlets than the limit is a row error and imports nothing", async () => {
    const cell = Array.from({ length: 6 }, (_, index) => `Redakce ${index}`).join("; ");
    const error = await expectRefusedWithoutChange(() => importContacts(pr, { csv: `name;email;otherOutlets;legalBasis;source\r\nA;${uniqueEmail("a")};"${cell}";x;y\r\n` }), ValidationError);
    expect(Object.keys(error.fieldIssues)).toEqual(["rows.2.otherOutlets"]);
  });
});
