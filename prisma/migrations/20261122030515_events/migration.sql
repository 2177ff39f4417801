-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('CULTURAL', 'FESTIVAL', 'MARKET', 'MEMORIAL', 'OPENING', 'MEETING', 'SPORTS', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('IDEA', 'PLANNED', 'CONFIRMED', 'HELD', 'EVALUATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EventOrganiser" AS ENUM ('CITY', 'PARTNER');

-- CreateEnum
CREATE TYPE "EventPersonRole" AS ENUM ('LEADERSHIP', 'VIP', 'MEDIA');

-- AlterTable
ALTER TABLE "MediaFile" ADD COLUMN     "eventId" UUID,
ADD COLUMN     "publicationConsent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StockMovement" ADD COLUMN     "eventId" UUID;

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "venues" TEXT NOT NULL DEFAULT '',
    "organiser" "EventOrganiser" NOT NULL DEFAULT 'CITY',
    "partnerName" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "publicDescription" TEXT NOT NULL DEFAULT '',
    "status" "EventStatus" NOT NULL DEFAULT 'IDEA',
    "budgetApprovedMinor" INTEGER,
    "budgetApprovedById" UUID,
    "budgetApprovedAt" TIMESTAMPTZ(3),
    "pressConferenceId" UUID,
    "evaluationNote" TEXT NOT NULL DEFAULT '',
    "chronicleEntry" TEXT NOT NULL DEFAULT '',
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventProgrammeItem" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "title" TEXT NOT NULL,
    "venue" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EventProgrammeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventBudgetLine" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "supplier" TEXT NOT NULL DEFAULT '',
    "plannedMinor" INTEGER NOT NULL,
    "actualMinor" INTEGER,
    "vatPercent" INTEGER NOT NULL DEFAULT 21,
    "invoiceNumber" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventTask" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" UUID,
    "dueDate" DATE,
    "doneAt" TIMESTAMPTZ(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPerson" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "role" "EventPersonRole" NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "function" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "speech" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EventPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventLink" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_isPublic_status_endDate_idx" ON "Event"("isPublic", "status", "endDate");

-- CreateIndex
CREATE INDEX "EventProgrammeItem_eventId_startsAt_idx" ON "EventProgrammeItem"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "EventBudgetLine_eventId_idx" ON "EventBudgetLine"("eventId");

-- CreateIndex
CREATE INDEX "EventTask_eventId_position_idx" ON "EventTask"("eventId", "position");

-- CreateIndex
CREATE INDEX "EventTask_ownerId_doneAt_dueDate_idx" ON "EventTask"("ownerId", "doneAt", "dueDate");

-- CreateIndex
CREATE INDEX "EventPerson_eventId_role_idx" ON "EventPerson"("eventId", "role");

-- CreateIndex
CREATE INDEX "EventPerson_startsAt_idx" ON "EventPerson"("startsAt");

-- CreateIndex
CREATE INDEX "EventLink_eventId_idx" ON "EventLink"("eventId");

-- CreateIndex
CREATE INDEX "MediaFile_eventId_kind_position_idx" ON "MediaFile"("eventId", "kind", "position");

-- CreateIndex
CREATE INDEX "StockMovement_eventId_idx" ON "StockMovement"("eventId");

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_pressConferenceId_fkey" FOREIGN KEY ("pressConferenceId") REFERENCES "PressConference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventProgrammeItem" ADD CONSTRAINT "EventProgrammeItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventBudgetLine" ADD CONSTRAINT "EventBudgetLine_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTask" ADD CONSTRAINT "EventTask_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPerson" ADD CONSTRAINT "EventPerson_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventLink" ADD CONSTRAINT "EventLink_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the event's rules the database keeps as a backstop.
ALTER TABLE "Event" ADD CONSTRAINT "Event_days_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "EventProgrammeItem" ADD CONSTRAINT "EventProgrammeItem_times_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "EventBudgetLine" ADD CONSTRAINT "EventBudgetLine_amounts_check" CHECK ("plannedMinor" >= 0 AND ("actualMinor" IS NULL OR "actualMinor" >= 0) AND "vatPercent" BETWEEN 0 AND 100);

-- A file belongs to exactly one thing: the event is the fifth owner.
ALTER TABLE "MediaFile" DROP CONSTRAINT "MediaFile_one_owner_check";
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_one_owner_check" CHECK (num_nonnulls("pressReleaseId", "pressConferenceId", "visitId", "partnerCityId", "eventId") = 1);

-- The public calendar (/newsroom/events, events.ics) reads through the newsroom cache: a write to an event
-- or its programme moves the generation.
CREATE TRIGGER "Event_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "EventProgrammeItem_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventProgrammeItem"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
