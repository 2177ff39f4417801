-- CreateEnum
CREATE TYPE "VisitDirection" AS ENUM ('INCOMING', 'OUTGOING');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('DRAFT', 'PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitSide" AS ENUM ('DELEGATION', 'CITY');

-- CreateEnum
CREATE TYPE "VisitRole" AS ENUM ('HEAD_OF_DELEGATION', 'MEMBER', 'HOST', 'INTERPRETER', 'DRIVER', 'STAFF');

-- CreateEnum
CREATE TYPE "BookingKind" AS ENUM ('HOTEL', 'TRANSPORT', 'MEAL', 'INTERPRETER', 'TICKET', 'OTHER');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "GiftDirection" AS ENUM ('GIVEN', 'RECEIVED');

-- CreateEnum
CREATE TYPE "GiftDecision" AS ENUM ('KEPT', 'DISPLAYED', 'HANDED_OVER');

-- CreateEnum
CREATE TYPE "ExpenseCategory" AS ENUM ('ACCOMMODATION', 'TRAVEL', 'MEALS', 'GIFTS', 'INTERPRETING', 'OTHER');

-- AlterTable
ALTER TABLE "MediaFile" ADD COLUMN     "visitId" UUID;

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "direction" "VisitDirection" NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "partnerCityId" UUID,
    "counterpart" TEXT NOT NULL,
    "hostName" TEXT,
    "hostUserId" UUID,
    "status" "VisitStatus" NOT NULL DEFAULT 'DRAFT',
    "budgetMinor" INTEGER,
    "briefingHtml" TEXT NOT NULL DEFAULT '',
    "report" TEXT NOT NULL DEFAULT '',
    "reportReleaseId" UUID,
    "cancelledAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitParticipant" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "side" "VisitSide" NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "function" TEXT,
    "organisation" TEXT,
    "country" TEXT,
    "role" "VisitRole" NOT NULL,
    "rank" INTEGER NOT NULL,
    "dietary" TEXT,
    "contact" TEXT,
    "passportNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeItem" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "responsible" TEXT,
    "pressInvited" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeItemParticipant" (
    "itemId" UUID NOT NULL,
    "participantId" UUID NOT NULL,

    CONSTRAINT "ProgrammeItemParticipant_pkey" PRIMARY KEY ("itemId","participantId")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "kind" "BookingKind" NOT NULL,
    "supplier" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "costMinor" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'CZK',
    "status" "BookingStatus" NOT NULL DEFAULT 'REQUESTED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitGift" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "direction" "GiftDirection" NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "counterparty" TEXT,
    "promoItemId" UUID,
    "stockMovementId" UUID,
    "estimatedValueMinor" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'CZK',
    "date" DATE NOT NULL,
    "decision" "GiftDecision",
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitGift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expense" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "category" "ExpenseCategory" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "plannedMinor" INTEGER,
    "actualMinor" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'CZK',
    "rateToCzk" DECIMAL(12,6) NOT NULL,
    "documentNumber" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Visit_startDate_idx" ON "Visit"("startDate");

-- CreateIndex
CREATE INDEX "Visit_status_startDate_idx" ON "Visit"("status", "startDate");

-- CreateIndex
CREATE INDEX "Visit_partnerCityId_idx" ON "Visit"("partnerCityId");

-- CreateIndex
CREATE INDEX "Visit_hostUserId_idx" ON "Visit"("hostUserId");

-- CreateIndex
CREATE INDEX "Visit_reportReleaseId_idx" ON "Visit"("reportReleaseId");

-- CreateIndex
CREATE INDEX "VisitParticipant_visitId_rank_idx" ON "VisitParticipant"("visitId", "rank");

-- CreateIndex
CREATE INDEX "VisitParticipant_userId_idx" ON "VisitParticipant"("userId");

-- CreateIndex
CREATE INDEX "VisitParticipant_name_idx" ON "VisitParticipant"("name");

-- CreateIndex
CREATE INDEX "ProgrammeItem_visitId_startsAt_idx" ON "ProgrammeItem"("visitId", "startsAt");

-- CreateIndex
CREATE INDEX "ProgrammeItem_startsAt_endsAt_idx" ON "ProgrammeItem"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "ProgrammeItemParticipant_participantId_idx" ON "ProgrammeItemParticipant"("participantId");

-- CreateIndex
CREATE INDEX "Booking_visitId_kind_idx" ON "Booking"("visitId", "kind");

-- CreateIndex
CREATE INDEX "VisitGift_visitId_direction_idx" ON "VisitGift"("visitId", "direction");

-- CreateIndex
CREATE INDEX "VisitGift_direction_date_idx" ON "VisitGift"("direction", "date" DESC);

-- CreateIndex
CREATE INDEX "Expense_visitId_idx" ON "Expense"("visitId");

-- CreateIndex
CREATE INDEX "MediaFile_visitId_kind_position_idx" ON "MediaFile"("visitId", "kind", "position");

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_hostUserId_fkey" FOREIGN KEY ("hostUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_reportReleaseId_fkey" FOREIGN KEY ("reportReleaseId") REFERENCES "PressRelease"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitParticipant" ADD CONSTRAINT "VisitParticipant_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitParticipant" ADD CONSTRAINT "VisitParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItemParticipant" ADD CONSTRAINT "ProgrammeItemParticipant_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ProgrammeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItemParticipant" ADD CONSTRAINT "ProgrammeItemParticipant_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "VisitParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitGift" ADD CONSTRAINT "VisitGift_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A file belongs to exactly one thing: a press release, a press conference or a protocol visit.
ALTER TABLE "MediaFile" DROP CONSTRAINT "MediaFile_one_owner_check";
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_one_owner_check" CHECK (num_nonnulls("pressReleaseId", "pressConferenceId", "visitId") = 1);

-- A visit ends on or after its first day; a programme item ends after it starts; a rate to CZK is positive.
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_times_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_rate_check" CHECK ("rateToCzk" > 0);
