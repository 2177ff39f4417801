-- CreateEnum
CREATE TYPE "PromoMovementKind" AS ENUM ('RECEIPT', 'ISSUE', 'ADJUSTMENT', 'RETURN', 'WRITE_OFF', 'REVERSAL');

-- CreateEnum
CREATE TYPE "PromoIssuePurpose" AS ENUM ('VISIT', 'EVENT', 'PARTNER_CITY', 'CEREMONY', 'ORGANISATION', 'PERSON', 'OTHER');

-- CreateTable
CREATE TABLE "PromoItem" (
    "id" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT 'ks',
    "location" TEXT NOT NULL,
    "supplier" TEXT,
    "minimumStock" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "photoKey" TEXT,
    "photoMime" TEXT,
    "onHand" INTEGER NOT NULL DEFAULT 0,
    "stockValue" INTEGER NOT NULL DEFAULT 0,
    "lastUnitCost" INTEGER NOT NULL DEFAULT 0,
    "lastMovementAt" TIMESTAMPTZ(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PromoItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockMovement" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "kind" "PromoMovementKind" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "valueDelta" INTEGER NOT NULL,
    "unitCost" INTEGER,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "supplier" TEXT,
    "orderNumber" TEXT,
    "invoiceNumber" TEXT,
    "purpose" "PromoIssuePurpose",
    "recipientName" TEXT,
    "reference" TEXT,
    "visitId" UUID,
    "countedQty" INTEGER,
    "expectedQty" INTEGER,
    "stocktakeId" UUID,
    "reason" TEXT,
    "reversesId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stocktake" (
    "id" UUID NOT NULL,
    "location" TEXT NOT NULL,
    "countedAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Stocktake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StocktakeLine" (
    "id" UUID NOT NULL,
    "stocktakeId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "expected" INTEGER NOT NULL,
    "counted" INTEGER NOT NULL,

    CONSTRAINT "StocktakeLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PromoItem_sku_key" ON "PromoItem"("sku");

-- CreateIndex
CREATE INDEX "PromoItem_location_name_idx" ON "PromoItem"("location", "name");

-- CreateIndex
CREATE INDEX "PromoItem_category_idx" ON "PromoItem"("category");

-- CreateIndex
CREATE UNIQUE INDEX "StockMovement_reversesId_key" ON "StockMovement"("reversesId");

-- CreateIndex
CREATE INDEX "StockMovement_itemId_occurredAt_idx" ON "StockMovement"("itemId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "StockMovement_purpose_occurredAt_idx" ON "StockMovement"("purpose", "occurredAt");

-- CreateIndex
CREATE INDEX "StockMovement_visitId_idx" ON "StockMovement"("visitId");

-- CreateIndex
CREATE INDEX "Stocktake_location_countedAt_idx" ON "Stocktake"("location", "countedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "StocktakeLine_stocktakeId_itemId_key" ON "StocktakeLine"("stocktakeId", "itemId");

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PromoItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_stocktakeId_fkey" FOREIGN KEY ("stocktakeId") REFERENCES "Stocktake"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "StockMovement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeLine" ADD CONSTRAINT "StocktakeLine_stocktakeId_fkey" FOREIGN KEY ("stocktakeId") REFERENCES "Stocktake"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeLine" ADD CONSTRAINT "StocktakeLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PromoItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (the schema cannot say it) ------------------------------------------------------------

-- Stock never below zero: the service locks the item row and updates it conditionally; these are the
-- backstop. Nothing on hand is worth nothing; a minimum stock is not negative.
ALTER TABLE "PromoItem" ADD CONSTRAINT "PromoItem_onHand_check" CHECK ("onHand" >= 0);
ALTER TABLE "PromoItem" ADD CONSTRAINT "PromoItem_stockValue_check" CHECK ("stockValue" >= 0 AND ("onHand" > 0 OR "stockValue" = 0));
ALTER TABLE "PromoItem" ADD CONSTRAINT "PromoItem_minimumStock_check" CHECK ("minimumStock" >= 0 AND "lastUnitCost" >= 0);

-- The ledger: the sign of a quantity follows its kind (receipts and returns come in, issues and
-- write-offs go out, an adjustment or a reversal either way, never zero); an issue names its purpose and
-- recipient; a reversal names what it reverses and why; a receipt has a unit cost.
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_quantity_check" CHECK (
  "quantity" <> 0
  AND ("kind" NOT IN ('RECEIPT', 'RETURN') OR "quantity" > 0)
  AND ("kind" NOT IN ('ISSUE', 'WRITE_OFF') OR "quantity" < 0)
);
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_kind_fields_check" CHECK (
  ("kind" <> 'ISSUE' OR ("purpose" IS NOT NULL AND "recipientName" IS NOT NULL))
  AND ("kind" <> 'RECEIPT' OR ("unitCost" IS NOT NULL AND "unitCost" >= 0))
  AND (("kind" = 'REVERSAL') = ("reversesId" IS NOT NULL))
  AND ("kind" NOT IN ('REVERSAL', 'WRITE_OFF', 'ADJUSTMENT') OR "reason" IS NOT NULL)
);

-- Immutable: a movement is never edited or deleted (the audit log's rule, for the ledger).
CREATE FUNCTION "stock_movement_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The stock ledger is append-only (% refused): reverse a movement instead', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "StockMovement_immutable" BEFORE UPDATE OR DELETE ON "StockMovement"
  FOR EACH ROW EXECUTE FUNCTION "stock_movement_is_immutable"();
