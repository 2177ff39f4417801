-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "PressReleaseStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CouncilBody" AS ENUM ('RM', 'ZM');

-- CreateEnum
CREATE TYPE "ReviewCommentKind" AS ENUM ('COMMENT', 'CHANGES_REQUESTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "MediaFileKind" AS ENUM ('PHOTO', 'ATTACHMENT');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('SMS', 'SOCIAL', 'RADIO');

-- CreateEnum
CREATE TYPE "OutletKind" AS ENUM ('PRINT', 'TV', 'RADIO', 'ONLINE', 'AGENCY');

-- CreateEnum
CREATE TYPE "DistributionStatus" AS ENUM ('QUEUED', 'SENDING', 'DONE');

-- CreateEnum
CREATE TYPE "RecipientStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "values" JSONB NOT NULL DEFAULT '{}',
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "runAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "lockedAt" TIMESTAMPTZ(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressRelease" (
    "id" UUID NOT NULL,
    "translationGroupId" UUID NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'cs',
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "perex" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "dateline" TEXT,
    "status" "PressReleaseStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" UUID NOT NULL,
    "contactPersonId" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "embargoUntil" TIMESTAMPTZ(3),
    "publishAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawalReason" TEXT,
    "correctionNote" TEXT,
    "correctedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PressRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "nameCs" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressReleaseTopic" (
    "pressReleaseId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "PressReleaseTopic_pkey" PRIMARY KEY ("pressReleaseId","topicId")
);

-- CreateTable
CREATE TABLE "CouncilResolution" (
    "id" UUID NOT NULL,
    "body" "CouncilBody" NOT NULL,
    "number" TEXT NOT NULL,
    "adoptedOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressReleaseResolution" (
    "pressReleaseId" UUID NOT NULL,
    "resolutionId" UUID NOT NULL,

    CONSTRAINT "PressReleaseResolution_pkey" PRIMARY KEY ("pressReleaseId","resolutionId")
);

-- CreateTable
CREATE TABLE "PressReleaseRevision" (
    "id" UUID NOT NULL,
    "pressReleaseId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "perex" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "dateline" TEXT,
    "editorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressReleaseRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressReleaseComment" (
    "id" UUID NOT NULL,
    "pressReleaseId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "kind" "ReviewCommentKind" NOT NULL DEFAULT 'COMMENT',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressReleaseComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaFile" (
    "id" UUID NOT NULL,
    "pressReleaseId" UUID,
    "kind" "MediaFileKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "caption" TEXT,
    "credit" TEXT,
    "altText" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelVariant" (
    "id" UUID NOT NULL,
    "pressReleaseId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "text" TEXT NOT NULL,
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChannelVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaOutlet" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OutletKind" NOT NULL,
    "website" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaOutlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaContact" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "outletId" UUID,
    "beats" TEXT[],
    "languages" TEXT[],
    "legalBasis" TEXT NOT NULL,
    "informedAt" TIMESTAMPTZ(3),
    "doNotContact" BOOLEAN NOT NULL DEFAULT false,
    "unsubscribedAt" TIMESTAMPTZ(3),
    "unsubscribeToken" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MediaContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistributionList" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistributionList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistributionListMember" (
    "listId" UUID NOT NULL,
    "contactId" UUID NOT NULL,

    CONSTRAINT "DistributionListMember_pkey" PRIMARY KEY ("listId","contactId")
);

-- CreateTable
CREATE TABLE "Distribution" (
    "id" UUID NOT NULL,
    "pressReleaseId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "isEmbargoed" BOOLEAN NOT NULL DEFAULT false,
    "status" "DistributionStatus" NOT NULL DEFAULT 'QUEUED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Distribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistributionRecipient" (
    "id" UUID NOT NULL,
    "distributionId" UUID NOT NULL,
    "contactId" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "RecipientStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "messageId" TEXT,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "DistributionRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Job_dedupeKey_key" ON "Job"("dedupeKey");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE UNIQUE INDEX "PressRelease_slug_key" ON "PressRelease"("slug");

-- CreateIndex
CREATE INDEX "PressRelease_status_publishedAt_idx" ON "PressRelease"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "PressRelease_authorId_updatedAt_idx" ON "PressRelease"("authorId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "PressRelease_status_publishAt_idx" ON "PressRelease"("status", "publishAt");

-- CreateIndex
CREATE UNIQUE INDEX "PressRelease_translationGroupId_language_key" ON "PressRelease"("translationGroupId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "PressReleaseTopic_topicId_idx" ON "PressReleaseTopic"("topicId");

-- CreateIndex
CREATE INDEX "CouncilResolution_adoptedOn_idx" ON "CouncilResolution"("adoptedOn" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CouncilResolution_body_number_key" ON "CouncilResolution"("body", "number");

-- CreateIndex
CREATE INDEX "PressReleaseResolution_resolutionId_idx" ON "PressReleaseResolution"("resolutionId");

-- CreateIndex
CREATE UNIQUE INDEX "PressReleaseRevision_pressReleaseId_number_key" ON "PressReleaseRevision"("pressReleaseId", "number");

-- CreateIndex
CREATE INDEX "PressReleaseComment_pressReleaseId_createdAt_idx" ON "PressReleaseComment"("pressReleaseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MediaFile_storageKey_key" ON "MediaFile"("storageKey");

-- CreateIndex
CREATE INDEX "MediaFile_pressReleaseId_kind_position_idx" ON "MediaFile"("pressReleaseId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelVariant_pressReleaseId_channel_key" ON "ChannelVariant"("pressReleaseId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "MediaOutlet_name_key" ON "MediaOutlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MediaContact_email_key" ON "MediaContact"("email");

-- CreateIndex
CREATE UNIQUE INDEX "MediaContact_unsubscribeToken_key" ON "MediaContact"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "MediaContact_outletId_idx" ON "MediaContact"("outletId");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionList_name_key" ON "DistributionList"("name");

-- CreateIndex
CREATE INDEX "DistributionListMember_contactId_idx" ON "DistributionListMember"("contactId");

-- CreateIndex
CREATE INDEX "Distribution_pressReleaseId_createdAt_idx" ON "Distribution"("pressReleaseId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "DistributionRecipient_distributionId_status_idx" ON "DistributionRecipient"("distributionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionRecipient_distributionId_email_key" ON "DistributionRecipient"("distributionId", "email");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseTopic" ADD CONSTRAINT "PressReleaseTopic_pressReleaseId_fkey" FOREIGN KEY ("pressReleaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseTopic" ADD CONSTRAINT "PressReleaseTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseResolution" ADD CONSTRAINT "PressReleaseResolution_pressReleaseId_fkey" FOREIGN KEY ("pressReleaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseResolution" ADD CONSTRAINT "PressReleaseResolution_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "CouncilResolution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseRevision" ADD CONSTRAINT "PressReleaseRevision_pressReleaseId_fkey" FOREIGN KEY ("pressReleaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseComment" ADD CONSTRAINT "PressReleaseComment_pressReleaseId_fkey" FOREIGN KEY ("pressReleaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_pressReleaseId_fkey" FOREIGN KEY ("pressReleaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelVariant" ADD CONSTRAINT "ChannelVariant_pressReleaseId_fkey" FOREIGN KEY ("pressReleaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaContact" ADD CONSTRAINT "MediaContact_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "MediaOutlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionListMember" ADD CONSTRAINT "DistributionListMember_listId_fkey" FOREIGN KEY ("listId") REFERENCES "DistributionList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionListMember" ADD CONSTRAINT "DistributionListMember_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "MediaContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Distribution" ADD CONSTRAINT "Distribution_pressReleaseId_fkey" FOREIGN KEY ("pressReleaseId") REFERENCES "PressRelease"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionRecipient" ADD CONSTRAINT "DistributionRecipient_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "Distribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search over releases that ignores case and diacritics ("usti" finds "Ústí").
-- There is no Czech text-search configuration: 'simple' plus unaccent. unaccent() is not IMMUTABLE,
-- so a wrapper that names its dictionary is, and may feed a stored generated column with a GIN index.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION "herald_unaccent"(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

ALTER TABLE "PressRelease" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("title", ''))), 'A') ||
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("perex", ''))), 'B') ||
  setweight(to_tsvector('simple', "herald_unaccent"(regexp_replace(coalesce("bodyHtml", ''), '<[^>]+>', ' ', 'g'))), 'C')
) STORED;

CREATE INDEX "PressRelease_searchVector_idx" ON "PressRelease" USING GIN ("searchVector");

-- Attempt counters never go below zero.
ALTER TABLE "Job" ADD CONSTRAINT "Job_attempts_check" CHECK ("attempts" >= 0);
ALTER TABLE "DistributionRecipient" ADD CONSTRAINT "DistributionRecipient_attempts_check" CHECK ("attempts" >= 0);
