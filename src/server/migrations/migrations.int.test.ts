import { describe, expect, it } from "vitest";
import { runSql } from "../../../tests/support/pg-admin";
import { describeSchema } from "../../../tests/support/catalog";
import { fileDatabaseUrl, isEmbedded, withEmptyDatabase } from "../../../tests/support/database";
import { applyMigrations, diffSchemas, loadMigrationsList, MIGRATED_SCHEMA_PATH, readSchema } from "./migrations";

// This file never opens the app's Prisma client: the PGlite fallback serves one connection at a time,
// and these tests connect to the file's database with short-lived clients and the schema engine only.

const EMPTY_MIGRATION = /^(-- This is an empty migration\.)?$/;

/** The schema engine must close its connections: on PGlite (one connection) a leftover locks the app out. */
async function expectNoConnectionLeft(url: string) {
  if (isEmbedded) {
    // The server queues a second connection until the first closes: a leftover would time this out.
    expect(await runSql(url, "SELECT 1 AS ok", [], 3_000)).toEqual([{ ok: 1 }]);
    return;
  }
  const database = new URL(url).pathname.slice(1);
  const deadline = Date.now() + 2_000;
  let open = 1;
  while (open > 0 && Date.now() < deadline) {
    [{ open }] = await runSql<{ open: number }>(url, "SELECT count(*)::int - 1 AS open FROM pg_stat_activity WHERE datname = $1", [database]);
    if (open > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(open, "connections left open by the schema engine").toBe(0);
}

async function migrationNames() {
  return (await loadMigrationsList()).migrationDirectories.map((directory) => directory.path);
}

describe("migrations", () => {
  // One scratch database for the three checks: on the PGlite fallback each one is a server to start.
  it("apply every migration once, close their connections, and apply nothing the second time", async () => {
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);
    await withEmptyDatabase(async (url) => {
      expect(await applyMigrations(url)).toEqual(names);
      await expectNoConnectionLeft(url);
      expect(await applyMigrations(url)).toEqual([]);
      const recorded = await runSql<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
        url,
        `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
         FROM _prisma_migrations ORDER BY migration_name`,
      );
      expect(recorded).toEqual(names.map((migration_name) => ({ migration_name, finished: true, rolled_back: false })));
    });
  });

  it("left the test file's database fully migrated", async () => {
    expect(await applyMigrations(fileDatabaseUrl())).toEqual([]);
  });

  it("build the same tables, columns, indexes and constraints as prisma/schema.prisma", async () => {
    const fromMigrations = await describeSchema(fileDatabaseUrl());
    const fromSchema = await withEmptyDatabase(async (url) => {
      const sql = await diffSchemas(url, "empty", await readSchema());
      expect(sql).toContain("CREATE TABLE");
      await runSql(url, sql);
      return describeSchema(url);
    });
    expect(fromMigrations.tables.columns.length).toBeGreaterThan(20);
    // What the migrations add by hand, beyond what the schema can say (each migration's tail says why).
    const isHandWritten = (row: Record<string, unknown>) =>
      (row.table_name === "PressRelease" && row.column_name === "searchVector") ||
      (row.table_name === "Inquiry" && row.column_name === "searchVector") ||
      (row.table_name === "Clipping" && row.column_name === "searchVector") ||
      (row.table_name === "Article" && row.column_name === "searchVector") ||
      ["PressRelease_searchVector_idx", "PressRelease_public_list_idx", "PressRelease_public_embargo_idx", "Inquiry_searchVector_idx", "CalendarFeedToken_one_active_idx", "Clipping_searchVector_idx", "Clipping_topics_idx", "Article_searchVector_idx"].includes(String(row.indexname)) ||
      [
        "Job_attempts_check",
        "DistributionRecipient_attempts_check",
        "MediaFile_one_owner_check",
        "Inquiry_clippingUrl_check",
        "InquiryCounter_last_check",
        "PromoItem_onHand_check",
        "PromoItem_stockValue_check",
        "PromoItem_minimumStock_check",
        "StockMovement_quantity_check",
        "StockMovement_kind_fields_check",
        "PartnerCity_country_check",
        "Visit_dates_check",
        "ProgrammeItem_times_check",
        "Expense_rate_check",
        "CeremonySlot_capacity_check",
        "CeremonyRegistration_guests_check",
        "GrantCall_budget_check",
        "GrantApplication_amounts_check",
        "Event_days_check",
        "EventProgrammeItem_times_check",
        "EventBudgetLine_amounts_check",
        "MonitoringSource_feedUrl_check",
        "MonitoringSource_pollInterval_check",
        "Clipping_url_check",
        "Clipping_relevance_check",
        "Clipping_reach_check",
        "NewspaperIssue_numbers_check",
        "Article_fields_check",
        "CouncilClub_seats_check",
        "AdSize_amounts_check",
        "AdOrder_amounts_check",
        "Publication_amounts_check",
        "NewsletterSubscriber_email_lower_check",
        "NewspaperInvoice_amounts_check",
        "NewspaperInvoiceLine_base_check",
        "NewspaperPayment_amount_check",
        "NewspaperInvoiceCounter_last_check",
        "NewspaperBillingProfile_single_check",
        "NewsletterDelivery_attempts_check",
      ].includes(
        String(row.conname),
      );
    const { columns, indexes, constraints, ...rest } = fromMigrations.tables as Record<string, Array<Record<string, unknown>>>;
    expect(columns.filter(isHandWritten)).toHaveLength(4);
    expect(indexes.filter(isHandWritten)).toHaveLength(8);
    expect(constraints.filter(isHandWritten)).toHaveLength(39);
    expect({
      columns: columns.filter((row) => !isHandWritten(row)),
      indexes: indexes.filter((row) => !isHandWritten(row)),
      constraints: constraints.filter((row) => !isHandWritten(row)),
      ...rest,
    }).toEqual(fromSchema.tables);
    expect(fromSchema.handWritten).toEqual({ triggers: [], functions: [] });
    // Sorted here: the server's collation orders "PressRelease" and "PressReleaseTopic" either way.
    const byName = (rows: Array<Record<string, unknown>>) => rows.map((row) => Object.values(row).join(".")).sort();
    expect(byName(fromMigrations.handWritten.triggers)).toEqual(
      byName([
        { table_name: "AuditLog", tgname: "AuditLog_append_only" },
        { table_name: "AuditLog", tgname: "AuditLog_no_truncate" },
        { table_name: "StockMovement", tgname: "StockMovement_immutable" },
        { table_name: "NewsletterConsentRecord", tgname: "NewsletterConsentRecord_append_only" },
        { table_name: "NewspaperInvoice", tgname: "NewspaperInvoice_issued" },
        { table_name: "NewspaperInvoice", tgname: "NewspaperInvoice_no_truncate" },
        { table_name: "NewspaperInvoiceLine", tgname: "NewspaperInvoiceLine_immutable" },
        { table_name: "NewspaperPayment", tgname: "NewspaperPayment_immutable" },
        ...["CouncilResolution", "Event", "EventProgrammeItem", "MediaFile", "PressConference", "PressConferenceSpeaker", "PressRelease", "PressReleaseResolution", "PressReleaseTopic", "Setting", "Topic", "User"].map((table) => ({
          table_name: table,
          tgname: `${table}_newsroom_generation`,
        })),
      ]),
    );
    expect(byName(fromMigrations.handWritten.functions)).toEqual(
      [
        "audit_log_is_append_only",
        "herald_bump_newsroom_generation",
        "herald_unaccent",
        "newsletter_consent_is_append_only",
        "newspaper_invoice_is_issued",
        "newspaper_invoice_no_truncate",
        "newspaper_invoice_row_is_immutable",
        "stock_movement_is_immutable",
      ].sort(),
    );
  });

  it("include every change of prisma/schema.prisma (schema.migrated.prisma is current)", async () => {
    const sql = await diffSchemas(fileDatabaseUrl(), await readSchema(MIGRATED_SCHEMA_PATH), await readSchema());
    expect(sql.trim(), "prisma/schema.prisma changed without a migration: run npm run db:migration -- <name>").toMatch(EMPTY_MIGRATION);
  });
});
