-- Links that the visits, partner-cities and stock modules kept as bare ids until all three existed get
-- their foreign keys. Ids written before that point nowhere now are dropped first (the demo data has none);
-- the stock ledger refuses updates (its trigger), so its cleanup runs with the trigger off.
UPDATE "Visit" SET "partnerCityId" = NULL WHERE "partnerCityId" IS NOT NULL AND "partnerCityId" NOT IN (SELECT "id" FROM "PartnerCity");
UPDATE "VisitGift" SET "promoItemId" = NULL WHERE "promoItemId" IS NOT NULL AND "promoItemId" NOT IN (SELECT "id" FROM "PromoItem");
UPDATE "VisitGift" SET "stockMovementId" = NULL WHERE "stockMovementId" IS NOT NULL AND "stockMovementId" NOT IN (SELECT "id" FROM "StockMovement");
ALTER TABLE "StockMovement" DISABLE TRIGGER "StockMovement_immutable";
UPDATE "StockMovement" SET "visitId" = NULL WHERE "visitId" IS NOT NULL AND "visitId" NOT IN (SELECT "id" FROM "Visit");
ALTER TABLE "StockMovement" ENABLE TRIGGER "StockMovement_immutable";

-- CreateIndex
CREATE UNIQUE INDEX "VisitGift_stockMovementId_key" ON "VisitGift"("stockMovementId");

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "PartnerCity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitGift" ADD CONSTRAINT "VisitGift_promoItemId_fkey" FOREIGN KEY ("promoItemId") REFERENCES "PromoItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitGift" ADD CONSTRAINT "VisitGift_stockMovementId_fkey" FOREIGN KEY ("stockMovementId") REFERENCES "StockMovement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A file belongs to exactly one thing. The partner-cities and visits migrations each widened this check
-- without knowing of the other; this one names all four owners.
ALTER TABLE "MediaFile" DROP CONSTRAINT "MediaFile_one_owner_check";
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_one_owner_check" CHECK (num_nonnulls("pressReleaseId", "pressConferenceId", "visitId", "partnerCityId") = 1);
