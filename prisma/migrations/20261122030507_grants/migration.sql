-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('SUBMITTED', 'EVALUATED', 'GRANTED', 'REJECTED', 'REPORT_DUE', 'REPORT_RECEIVED', 'ACCEPTED', 'RETURN_REQUIRED');

-- AlterTable
ALTER TABLE "MediaFile" ADD COLUMN     "grantApplicationId" UUID;

-- CreateTable
CREATE TABLE "GrantCall" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "budget" INTEGER NOT NULL,
    "rules" TEXT,
    "deadline" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantApplication" (
    "id" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "organisation" TEXT NOT NULL,
    "organisationIco" TEXT,
    "contactEmail" TEXT,
    "project" TEXT NOT NULL,
    "description" TEXT,
    "amountRequested" INTEGER NOT NULL,
    "submittedOn" DATE NOT NULL,
    "status" "GrantStatus" NOT NULL DEFAULT 'SUBMITTED',
    "score" INTEGER,
    "evaluation" TEXT,
    "evaluatedById" UUID,
    "evaluatedAt" TIMESTAMPTZ(3),
    "amountGranted" INTEGER,
    "conditions" TEXT,
    "resolutionId" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "amountPaid" INTEGER,
    "paidOn" DATE,
    "reportDue" DATE,
    "reportReceivedOn" DATE,
    "amountUsed" INTEGER,
    "reportNote" TEXT,
    "checkNote" TEXT,
    "amountToReturn" INTEGER,
    "checkedById" UUID,
    "checkedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GrantCall_year_idx" ON "GrantCall"("year");

-- CreateIndex
CREATE UNIQUE INDEX "GrantCall_year_title_key" ON "GrantCall"("year", "title");

-- CreateIndex
CREATE INDEX "GrantApplication_callId_status_idx" ON "GrantApplication"("callId", "status");

-- CreateIndex
CREATE INDEX "GrantApplication_status_reportDue_idx" ON "GrantApplication"("status", "reportDue");

-- CreateIndex
CREATE INDEX "MediaFile_grantApplicationId_kind_position_idx" ON "MediaFile"("grantApplicationId", "kind", "position");

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_grantApplicationId_fkey" FOREIGN KEY ("grantApplicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_callId_fkey" FOREIGN KEY ("callId") REFERENCES "GrantCall"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "CouncilResolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: money is never negative, a grant never exceeds what was asked for is not required (the
-- council may round up), but paid never exceeds granted; a file belongs to exactly one thing (the fifth owner).
ALTER TABLE "GrantCall" ADD CONSTRAINT "GrantCall_budget_check" CHECK ("budget" >= 0);
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_amounts_check" CHECK (
  "amountRequested" > 0
  AND ("amountGranted" IS NULL OR "amountGranted" >= 0)
  AND ("amountPaid" IS NULL OR ("amountPaid" >= 0 AND "amountPaid" <= COALESCE("amountGranted", 0)))
  AND ("amountUsed" IS NULL OR "amountUsed" >= 0)
  AND ("amountToReturn" IS NULL OR "amountToReturn" >= 0)
);
ALTER TABLE "MediaFile" DROP CONSTRAINT "MediaFile_one_owner_check";
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_one_owner_check" CHECK (num_nonnulls("pressReleaseId", "pressConferenceId", "visitId", "partnerCityId", "grantApplicationId") = 1);
