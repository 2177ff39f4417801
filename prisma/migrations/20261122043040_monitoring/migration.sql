-- CreateEnum
CREATE TYPE "MonitoringMediaType" AS ENUM ('ONLINE', 'PRINT', 'TV', 'RADIO', 'AGENCY', 'SOCIAL');

-- CreateEnum
CREATE TYPE "ClippingSentiment" AS ENUM ('POSITIVE', 'NEUTRAL', 'NEGATIVE');

-- CreateEnum
CREATE TYPE "ClippingStatus" AS ENUM ('NEW', 'REVIEWED', 'NEEDS_RESPONSE', 'IGNORED');

-- CreateEnum
CREATE TYPE "ResponseCaseType" AS ENUM ('CORRECTION_REQUEST', 'RIGHT_OF_REPLY', 'STATEMENT', 'BACKGROUND_CALL', 'IGNORE_WITH_REASON');

-- CreateEnum
CREATE TYPE "ResponseCaseStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "BriefingMailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "MonitoringSource" (
    "id" UUID NOT NULL,
    "outlet" TEXT NOT NULL,
    "mediaType" "MonitoringMediaType" NOT NULL,
    "feedUrl" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "pollIntervalMinutes" INTEGER NOT NULL DEFAULT 30,
    "reach" INTEGER,
    "etag" TEXT,
    "lastModified" TEXT,
    "nextPollAt" TIMESTAMPTZ(3),
    "lastPolledAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMPTZ(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastItemCount" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MonitoringSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringKeyword" (
    "id" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "exclusions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "topic" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringKeyword_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clipping" (
    "id" UUID NOT NULL,
    "sourceId" UUID,
    "outlet" TEXT NOT NULL,
    "mediaType" "MonitoringMediaType" NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAtEstimated" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "urlKey" TEXT,
    "guid" TEXT,
    "author" TEXT,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "placement" TEXT,
    "reach" INTEGER,
    "sentiment" "ClippingSentiment",
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "relevance" INTEGER NOT NULL DEFAULT 3,
    "matchedKeywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "ClippingStatus" NOT NULL DEFAULT 'NEW',
    "note" TEXT,
    "syndicationKey" TEXT,
    "fileKey" TEXT,
    "fileName" TEXT,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Clipping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseCase" (
    "id" UUID NOT NULL,
    "clippingId" UUID NOT NULL,
    "type" "ResponseCaseType" NOT NULL,
    "status" "ResponseCaseStatus" NOT NULL DEFAULT 'OPEN',
    "ownerId" UUID,
    "deadline" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "releaseId" UUID,
    "inquiryId" UUID,
    "closedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ResponseCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringBriefing" (
    "id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "periodFrom" TIMESTAMPTZ(3) NOT NULL,
    "periodTo" TIMESTAMPTZ(3) NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringBriefing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefingMail" (
    "id" UUID NOT NULL,
    "briefingId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "status" "BriefingMailStatus" NOT NULL DEFAULT 'QUEUED',
    "messageId" TEXT,
    "error" TEXT,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "BriefingMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MonitoringSource_active_nextPollAt_idx" ON "MonitoringSource"("active", "nextPollAt");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringKeyword_normalized_key" ON "MonitoringKeyword"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "Clipping_urlKey_key" ON "Clipping"("urlKey");

-- CreateIndex
CREATE INDEX "Clipping_publishedAt_id_idx" ON "Clipping"("publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Clipping_status_publishedAt_id_idx" ON "Clipping"("status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Clipping_sentiment_publishedAt_id_idx" ON "Clipping"("sentiment", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Clipping_outlet_publishedAt_id_idx" ON "Clipping"("outlet", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Clipping_mediaType_publishedAt_id_idx" ON "Clipping"("mediaType", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Clipping_syndicationKey_idx" ON "Clipping"("syndicationKey");

-- CreateIndex
CREATE UNIQUE INDEX "Clipping_sourceId_guid_key" ON "Clipping"("sourceId", "guid");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseCase_clippingId_key" ON "ResponseCase"("clippingId");

-- CreateIndex
CREATE INDEX "ResponseCase_status_deadline_idx" ON "ResponseCase"("status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringBriefing_day_key" ON "MonitoringBriefing"("day");

-- CreateIndex
CREATE INDEX "BriefingMail_status_idx" ON "BriefingMail"("status");

-- CreateIndex
CREATE UNIQUE INDEX "BriefingMail_briefingId_email_key" ON "BriefingMail"("briefingId", "email");

-- AddForeignKey
ALTER TABLE "Clipping" ADD CONSTRAINT "Clipping_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "MonitoringSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseCase" ADD CONSTRAINT "ResponseCase_clippingId_fkey" FOREIGN KEY ("clippingId") REFERENCES "Clipping"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseCase" ADD CONSTRAINT "ResponseCase_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "PressRelease"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseCase" ADD CONSTRAINT "ResponseCase_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingMail" ADD CONSTRAINT "BriefingMail_briefingId_fkey" FOREIGN KEY ("briefingId") REFERENCES "MonitoringBriefing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (beyond what the schema can say).
-- Clipping search without case and diacritics ("usti" finds "Ústí"): a generated tsvector over the title
-- (weight A), the excerpt (B), the outlet and the author (C), with a GIN index; queried with
-- websearch_to_tsquery('simple', herald_unaccent($1)) (herald_unaccent comes from the press-releases migration).
ALTER TABLE "Clipping" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("title", ''))), 'A') ||
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("excerpt", ''))), 'B') ||
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("outlet", '') || ' ' || coalesce("author", ''))), 'C')
) STORED;
CREATE INDEX "Clipping_searchVector_idx" ON "Clipping" USING GIN ("searchVector");
-- The topic filter and the analysis by topic: topics @> ARRAY[…].
CREATE INDEX "Clipping_topics_idx" ON "Clipping" USING GIN ("topics");

-- Only web addresses are fetched or linked (no file:, javascript:, data:).
ALTER TABLE "MonitoringSource" ADD CONSTRAINT "MonitoringSource_feedUrl_check" CHECK ("feedUrl" IS NULL OR "feedUrl" ~* '^https?://');
ALTER TABLE "MonitoringSource" ADD CONSTRAINT "MonitoringSource_pollInterval_check" CHECK ("pollIntervalMinutes" BETWEEN 5 AND 1440);
ALTER TABLE "Clipping" ADD CONSTRAINT "Clipping_url_check" CHECK ("url" IS NULL OR "url" ~* '^https?://');
ALTER TABLE "Clipping" ADD CONSTRAINT "Clipping_relevance_check" CHECK ("relevance" BETWEEN 1 AND 5);
ALTER TABLE "Clipping" ADD CONSTRAINT "Clipping_reach_check" CHECK ("reach" IS NULL OR "reach" >= 0);
