-- CreateEnum
CREATE TYPE "NewspaperInvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "NewspaperPaymentMethod" AS ENUM ('BANK_TRANSFER', 'CASH', 'CARD', 'OTHER');

-- CreateEnum
CREATE TYPE "NewsletterEditionStatus" AS ENUM ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENDING', 'SENT');

-- CreateTable
CREATE TABLE "NewspaperBillingProfile" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "supplierName" TEXT NOT NULL,
    "supplierIco" TEXT NOT NULL,
    "supplierDic" TEXT NOT NULL DEFAULT '',
    "supplierAddress" TEXT NOT NULL,
    "bankAccount" TEXT NOT NULL,
    "iban" TEXT NOT NULL DEFAULT '',
    "vatPayer" BOOLEAN NOT NULL DEFAULT true,
    "dueDays" INTEGER NOT NULL DEFAULT 14,
    "footer" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewspaperBillingProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewspaperInvoiceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NewspaperInvoiceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "NewspaperInvoice" (
    "id" UUID NOT NULL,
    "kind" "NewspaperInvoiceKind" NOT NULL DEFAULT 'INVOICE',
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "variableSymbol" TEXT NOT NULL,
    "issueDate" DATE NOT NULL,
    "taxableSupplyDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CZK',
    "supplier" JSONB NOT NULL,
    "advertiserId" UUID NOT NULL,
    "customerName" TEXT NOT NULL,
    "customerIco" TEXT NOT NULL DEFAULT '',
    "customerVatId" TEXT NOT NULL DEFAULT '',
    "customerAddress" TEXT NOT NULL,
    "issueId" UUID,
    "correctsId" UUID,
    "reason" TEXT NOT NULL DEFAULT '',
    "totalBase" INTEGER NOT NULL,
    "totalVat" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "vatBreakdown" JSONB NOT NULL,
    "paidAmount" INTEGER NOT NULL DEFAULT 0,
    "creditedAmount" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewspaperInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewspaperInvoiceLine" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "adOrderId" UUID,
    "correctsLineId" UUID,
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "vatRate" INTEGER NOT NULL,
    "base" INTEGER NOT NULL,

    CONSTRAINT "NewspaperInvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewspaperPayment" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "paidOn" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "method" "NewspaperPaymentMethod" NOT NULL DEFAULT 'BANK_TRANSFER',
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewspaperPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterEdition" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "articles" JSONB NOT NULL,
    "status" "NewsletterEditionStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID NOT NULL,
    "editedById" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "sentById" UUID,
    "sendStartedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewsletterEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterDelivery" (
    "id" UUID NOT NULL,
    "editionId" UUID NOT NULL,
    "subscriberId" UUID,
    "email" TEXT NOT NULL,
    "status" "NewsletterMailStatus" NOT NULL DEFAULT 'QUEUED',
    "messageId" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsletterDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewspaperInvoice_number_key" ON "NewspaperInvoice"("number");

-- CreateIndex
CREATE UNIQUE INDEX "NewspaperInvoice_variableSymbol_key" ON "NewspaperInvoice"("variableSymbol");

-- CreateIndex
CREATE INDEX "NewspaperInvoice_advertiserId_idx" ON "NewspaperInvoice"("advertiserId");

-- CreateIndex
CREATE INDEX "NewspaperInvoice_issueId_idx" ON "NewspaperInvoice"("issueId");

-- CreateIndex
CREATE INDEX "NewspaperInvoice_correctsId_idx" ON "NewspaperInvoice"("correctsId");

-- CreateIndex
CREATE INDEX "NewspaperInvoice_kind_dueDate_idx" ON "NewspaperInvoice"("kind", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "NewspaperInvoice_year_sequence_key" ON "NewspaperInvoice"("year", "sequence");

-- CreateIndex
CREATE INDEX "NewspaperInvoiceLine_adOrderId_idx" ON "NewspaperInvoiceLine"("adOrderId");

-- CreateIndex
CREATE INDEX "NewspaperInvoiceLine_correctsLineId_idx" ON "NewspaperInvoiceLine"("correctsLineId");

-- CreateIndex
CREATE UNIQUE INDEX "NewspaperInvoiceLine_invoiceId_position_key" ON "NewspaperInvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE INDEX "NewspaperPayment_invoiceId_paidOn_idx" ON "NewspaperPayment"("invoiceId", "paidOn");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterEdition_issueId_key" ON "NewsletterEdition"("issueId");

-- CreateIndex
CREATE INDEX "NewsletterEdition_status_idx" ON "NewsletterEdition"("status");

-- CreateIndex
CREATE INDEX "NewsletterDelivery_editionId_status_idx" ON "NewsletterDelivery"("editionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterDelivery_editionId_subscriberId_key" ON "NewsletterDelivery"("editionId", "subscriberId");

-- AddForeignKey
ALTER TABLE "NewspaperInvoice" ADD CONSTRAINT "NewspaperInvoice_advertiserId_fkey" FOREIGN KEY ("advertiserId") REFERENCES "Advertiser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewspaperInvoice" ADD CONSTRAINT "NewspaperInvoice_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewspaperIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewspaperInvoice" ADD CONSTRAINT "NewspaperInvoice_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "NewspaperInvoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewspaperInvoiceLine" ADD CONSTRAINT "NewspaperInvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "NewspaperInvoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewspaperInvoiceLine" ADD CONSTRAINT "NewspaperInvoiceLine_adOrderId_fkey" FOREIGN KEY ("adOrderId") REFERENCES "AdOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewspaperInvoiceLine" ADD CONSTRAINT "NewspaperInvoiceLine_correctsLineId_fkey" FOREIGN KEY ("correctsLineId") REFERENCES "NewspaperInvoiceLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewspaperPayment" ADD CONSTRAINT "NewspaperPayment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "NewspaperInvoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterEdition" ADD CONSTRAINT "NewsletterEdition_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewspaperIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterDelivery" ADD CONSTRAINT "NewsletterDelivery_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "NewsletterEdition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written ----------------------------------------------------------------------------------------
-- Money is in haléře. A document's totals add up, an invoice is positive and a credit note negative and
-- always names its invoice; a line's base is quantity × unit price; payments are positive.
ALTER TABLE "NewspaperInvoice" ADD CONSTRAINT "NewspaperInvoice_amounts_check" CHECK (
  "total" = "totalBase" + "totalVat"
  AND "paidAmount" >= 0 AND "creditedAmount" >= 0
  AND (("kind" = 'INVOICE' AND "totalBase" >= 0 AND "correctsId" IS NULL AND "creditedAmount" <= "total")
    OR ("kind" = 'CREDIT_NOTE' AND "totalBase" <= 0 AND "correctsId" IS NOT NULL AND "paidAmount" = 0 AND "creditedAmount" = 0))
);
ALTER TABLE "NewspaperInvoiceLine" ADD CONSTRAINT "NewspaperInvoiceLine_base_check" CHECK ("base" = "quantity" * "unitPrice" AND "vatRate" BETWEEN 0 AND 100);
ALTER TABLE "NewspaperPayment" ADD CONSTRAINT "NewspaperPayment_amount_check" CHECK ("amount" > 0);
ALTER TABLE "NewspaperInvoiceCounter" ADD CONSTRAINT "NewspaperInvoiceCounter_last_check" CHECK ("last" >= 0 AND "last" <= 9999);
ALTER TABLE "NewspaperBillingProfile" ADD CONSTRAINT "NewspaperBillingProfile_single_check" CHECK ("id" = 1 AND "dueDays" BETWEEN 0 AND 365);

-- An issued document is never deleted and its content never changes: a mistake is corrected by a credit
-- note. Only the payment and credit summaries (and the row's version) of an invoice move.
CREATE FUNCTION "newspaper_invoice_is_issued"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'an issued invoice is never deleted (issue a credit note)' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW."id", NEW."kind", NEW."number", NEW."year", NEW."sequence", NEW."variableSymbol", NEW."issueDate",
      NEW."taxableSupplyDate", NEW."dueDate", NEW."currency", NEW."supplier", NEW."advertiserId", NEW."customerName",
      NEW."customerIco", NEW."customerVatId", NEW."customerAddress", NEW."issueId", NEW."correctsId", NEW."reason",
      NEW."totalBase", NEW."totalVat", NEW."total", NEW."vatBreakdown", NEW."createdById", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."kind", OLD."number", OLD."year", OLD."sequence", OLD."variableSymbol", OLD."issueDate",
      OLD."taxableSupplyDate", OLD."dueDate", OLD."currency", OLD."supplier", OLD."advertiserId", OLD."customerName",
      OLD."customerIco", OLD."customerVatId", OLD."customerAddress", OLD."issueId", OLD."correctsId", OLD."reason",
      OLD."totalBase", OLD."totalVat", OLD."total", OLD."vatBreakdown", OLD."createdById", OLD."createdAt") THEN
    RAISE EXCEPTION 'an issued invoice cannot be changed (issue a credit note)' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "NewspaperInvoice_issued" BEFORE UPDATE OR DELETE ON "NewspaperInvoice"
  FOR EACH ROW EXECUTE FUNCTION "newspaper_invoice_is_issued"();

CREATE FUNCTION "newspaper_invoice_row_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER "NewspaperInvoiceLine_immutable" BEFORE UPDATE OR DELETE ON "NewspaperInvoiceLine"
  FOR EACH ROW EXECUTE FUNCTION "newspaper_invoice_row_is_immutable"();
CREATE TRIGGER "NewspaperPayment_immutable" BEFORE UPDATE OR DELETE ON "NewspaperPayment"
  FOR EACH ROW EXECUTE FUNCTION "newspaper_invoice_row_is_immutable"();

-- Invoices are kept for ten years (VAT Act §35): no TRUNCATE either.
CREATE FUNCTION "newspaper_invoice_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'invoices are never truncated' USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER "NewspaperInvoice_no_truncate" BEFORE TRUNCATE ON "NewspaperInvoice"
  FOR EACH STATEMENT EXECUTE FUNCTION "newspaper_invoice_no_truncate"();

-- An edition's deliveries: attempts never negative.
ALTER TABLE "NewsletterDelivery" ADD CONSTRAINT "NewsletterDelivery_attempts_check" CHECK ("attempts" >= 0);
