-- CreateEnum
CREATE TYPE "PartnerCityStatus" AS ENUM ('ACTIVE', 'DORMANT', 'PROPOSED');

-- CreateEnum
CREATE TYPE "PartnerActivityKind" AS ENUM ('JOINT_PROJECT', 'EVENT', 'VISIT_NOTE', 'OTHER');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CorrespondenceDirection" AS ENUM ('IN', 'OUT');

-- AlterTable
ALTER TABLE "MediaFile" ADD COLUMN     "partnerCityId" UUID;

-- CreateTable
CREATE TABLE "PartnerCity" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT,
    "status" "PartnerCityStatus" NOT NULL DEFAULT 'PROPOSED',
    "agreementDate" DATE,
    "agreementResolutionId" UUID,
    "languages" TEXT[],
    "areas" TEXT[],
    "notes" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartnerCity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerContact" (
    "id" UUID NOT NULL,
    "partnerCityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerActivity" (
    "id" UUID NOT NULL,
    "partnerCityId" UUID NOT NULL,
    "kind" "PartnerActivityKind" NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationPlan" (
    "id" UUID NOT NULL,
    "partnerCityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "notes" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperationPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" UUID,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'PLANNED',
    "due" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerCorrespondence" (
    "id" UUID NOT NULL,
    "partnerCityId" UUID NOT NULL,
    "direction" "CorrespondenceDirection" NOT NULL,
    "date" DATE NOT NULL,
    "subject" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "summary" TEXT,
    "translationNeeded" BOOLEAN NOT NULL DEFAULT false,
    "translatedById" UUID,
    "translatedAt" TIMESTAMPTZ(3),
    "responsibleId" UUID,
    "replyDue" DATE,
    "repliedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartnerCorrespondence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerProposal" (
    "id" UUID NOT NULL,
    "partnerCityId" UUID NOT NULL,
    "receivedOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "department" TEXT,
    "passedOnAt" DATE,
    "answer" TEXT,
    "answeredAt" DATE,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartnerProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnerCity_status_idx" ON "PartnerCity"("status");

-- CreateIndex
CREATE INDEX "PartnerCity_agreementResolutionId_idx" ON "PartnerCity"("agreementResolutionId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerCity_name_country_key" ON "PartnerCity"("name", "country");

-- CreateIndex
CREATE INDEX "PartnerContact_partnerCityId_name_idx" ON "PartnerContact"("partnerCityId", "name");

-- CreateIndex
CREATE INDEX "PartnerActivity_partnerCityId_date_idx" ON "PartnerActivity"("partnerCityId", "date" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CooperationPlan_partnerCityId_year_key" ON "CooperationPlan"("partnerCityId", "year");

-- CreateIndex
CREATE INDEX "PlanAction_planId_status_idx" ON "PlanAction"("planId", "status");

-- CreateIndex
CREATE INDEX "PlanAction_ownerId_idx" ON "PlanAction"("ownerId");

-- CreateIndex
CREATE INDEX "PartnerCorrespondence_partnerCityId_date_idx" ON "PartnerCorrespondence"("partnerCityId", "date" DESC);

-- CreateIndex
CREATE INDEX "PartnerCorrespondence_replyDue_idx" ON "PartnerCorrespondence"("replyDue");

-- CreateIndex
CREATE INDEX "PartnerProposal_partnerCityId_receivedOn_idx" ON "PartnerProposal"("partnerCityId", "receivedOn" DESC);

-- CreateIndex
CREATE INDEX "MediaFile_partnerCityId_kind_position_idx" ON "MediaFile"("partnerCityId", "kind", "position");

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "PartnerCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerCity" ADD CONSTRAINT "PartnerCity_agreementResolutionId_fkey" FOREIGN KEY ("agreementResolutionId") REFERENCES "CouncilResolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "PartnerCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerActivity" ADD CONSTRAINT "PartnerActivity_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "PartnerCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationPlan" ADD CONSTRAINT "CooperationPlan_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "PartnerCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CooperationPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerCorrespondence" ADD CONSTRAINT "PartnerCorrespondence_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "PartnerCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerCorrespondence" ADD CONSTRAINT "PartnerCorrespondence_translatedById_fkey" FOREIGN KEY ("translatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerCorrespondence" ADD CONSTRAINT "PartnerCorrespondence_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProposal" ADD CONSTRAINT "PartnerProposal_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "PartnerCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A file belongs to exactly one thing: a press release, a press conference or a partner city.
ALTER TABLE "MediaFile" DROP CONSTRAINT "MediaFile_one_owner_check";
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_one_owner_check" CHECK (num_nonnulls("pressReleaseId", "pressConferenceId", "partnerCityId") = 1);

-- A partner city's country is an ISO 3166-1 alpha-2 code ("DE", "PL").
ALTER TABLE "PartnerCity" ADD CONSTRAINT "PartnerCity_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
