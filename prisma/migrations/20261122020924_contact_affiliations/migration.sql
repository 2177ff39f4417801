-- CreateTable
CREATE TABLE "MediaContactAffiliation" (
    "contactId" UUID NOT NULL,
    "outletId" UUID NOT NULL,
    "role" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaContactAffiliation_pkey" PRIMARY KEY ("contactId","outletId")
);

-- CreateIndex
CREATE INDEX "MediaContactAffiliation_outletId_idx" ON "MediaContactAffiliation"("outletId");

-- AddForeignKey
ALTER TABLE "MediaContactAffiliation" ADD CONSTRAINT "MediaContactAffiliation_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "MediaContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaContactAffiliation" ADD CONSTRAINT "MediaContactAffiliation_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "MediaOutlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
