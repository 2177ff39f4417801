-- CreateEnum
CREATE TYPE "CeremonyType" AS ENUM ('WELCOMING', 'JUBILEE_WEDDING', 'LIFE_JUBILEE', 'MEMORIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "CeremonyStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CeremonyConsentSource" AS ENUM ('PUBLIC_FORM', 'PAPER');

-- CreateEnum
CREATE TYPE "CeremonyRsvp" AS ENUM ('PENDING', 'ATTENDING', 'NOT_ATTENDING');

-- CreateEnum
CREATE TYPE "CeremonyMailKind" AS ENUM ('CONFIRMATION', 'INVITATION', 'THANKS');

-- CreateEnum
CREATE TYPE "CeremonyMailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Ceremony" (
    "id" UUID NOT NULL,
    "type" "CeremonyType" NOT NULL,
    "title" TEXT NOT NULL,
    "occasion" TEXT NOT NULL DEFAULT '',
    "date" DATE NOT NULL,
    "venue" TEXT NOT NULL,
    "officiant" TEXT NOT NULL,
    "programme" TEXT NOT NULL DEFAULT '',
    "mediaInvited" TEXT NOT NULL DEFAULT '',
    "status" "CeremonyStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ceremony_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeremonySlot" (
    "id" UUID NOT NULL,
    "ceremonyId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CeremonySlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeremonyRegistration" (
    "id" UUID NOT NULL,
    "type" "CeremonyType" NOT NULL,
    "ceremonyId" UUID,
    "slotId" UUID,
    "names" TEXT NOT NULL,
    "childName" TEXT,
    "childBirthDate" DATE,
    "jubileeDate" DATE,
    "address" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "guests" INTEGER NOT NULL DEFAULT 0,
    "photoConsent" BOOLEAN NOT NULL DEFAULT false,
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "consentSource" "CeremonyConsentSource" NOT NULL,
    "rsvpToken" TEXT NOT NULL,
    "rsvp" "CeremonyRsvp" NOT NULL DEFAULT 'PENDING',
    "attended" BOOLEAN,
    "submissionKey" TEXT,
    "createdById" UUID,
    "erasedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CeremonyRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeremonyMail" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "kind" "CeremonyMailKind" NOT NULL,
    "email" TEXT NOT NULL,
    "status" "CeremonyMailStatus" NOT NULL DEFAULT 'QUEUED',
    "messageId" TEXT,
    "error" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CeremonyMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeremonyGift" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "stockMovementId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CeremonyGift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeremonyWreath" (
    "id" UUID NOT NULL,
    "ceremonyId" UUID NOT NULL,
    "organisation" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CeremonyWreath_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeremonyGuest" (
    "id" UUID NOT NULL,
    "ceremonyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT NOT NULL DEFAULT '',
    "rank" INTEGER NOT NULL,

    CONSTRAINT "CeremonyGuest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ceremony_date_idx" ON "Ceremony"("date");

-- CreateIndex
CREATE INDEX "CeremonySlot_ceremonyId_startsAt_idx" ON "CeremonySlot"("ceremonyId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "CeremonyRegistration_rsvpToken_key" ON "CeremonyRegistration"("rsvpToken");

-- CreateIndex
CREATE UNIQUE INDEX "CeremonyRegistration_submissionKey_key" ON "CeremonyRegistration"("submissionKey");

-- CreateIndex
CREATE INDEX "CeremonyRegistration_ceremonyId_idx" ON "CeremonyRegistration"("ceremonyId");

-- CreateIndex
CREATE INDEX "CeremonyRegistration_slotId_idx" ON "CeremonyRegistration"("slotId");

-- CreateIndex
CREATE INDEX "CeremonyRegistration_erasedAt_createdAt_idx" ON "CeremonyRegistration"("erasedAt", "createdAt");

-- CreateIndex
CREATE INDEX "CeremonyMail_status_idx" ON "CeremonyMail"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CeremonyMail_registrationId_kind_key" ON "CeremonyMail"("registrationId", "kind");

-- CreateIndex
CREATE INDEX "CeremonyGift_registrationId_idx" ON "CeremonyGift"("registrationId");

-- CreateIndex
CREATE INDEX "CeremonyWreath_ceremonyId_position_idx" ON "CeremonyWreath"("ceremonyId", "position");

-- CreateIndex
CREATE INDEX "CeremonyGuest_ceremonyId_rank_idx" ON "CeremonyGuest"("ceremonyId", "rank");

-- AddForeignKey
ALTER TABLE "CeremonySlot" ADD CONSTRAINT "CeremonySlot_ceremonyId_fkey" FOREIGN KEY ("ceremonyId") REFERENCES "Ceremony"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeremonyRegistration" ADD CONSTRAINT "CeremonyRegistration_ceremonyId_fkey" FOREIGN KEY ("ceremonyId") REFERENCES "Ceremony"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeremonyRegistration" ADD CONSTRAINT "CeremonyRegistration_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "CeremonySlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeremonyMail" ADD CONSTRAINT "CeremonyMail_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "CeremonyRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeremonyGift" ADD CONSTRAINT "CeremonyGift_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "CeremonyRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeremonyWreath" ADD CONSTRAINT "CeremonyWreath_ceremonyId_fkey" FOREIGN KEY ("ceremonyId") REFERENCES "Ceremony"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeremonyGuest" ADD CONSTRAINT "CeremonyGuest_ceremonyId_fkey" FOREIGN KEY ("ceremonyId") REFERENCES "Ceremony"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: capacity is a database rule too. The assigning transaction moves `booked` with a
-- conditional UPDATE (booked < capacity); these CHECKs are the backstop.
ALTER TABLE "CeremonySlot" ADD CONSTRAINT "CeremonySlot_capacity_check" CHECK ("capacity" > 0 AND "booked" >= 0 AND "booked" <= "capacity");
ALTER TABLE "CeremonyRegistration" ADD CONSTRAINT "CeremonyRegistration_guests_check" CHECK ("guests" >= 0 AND "guests" <= 20);
