-- CreateEnum
CREATE TYPE "NewspaperFrequency" AS ENUM ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'IRREGULAR');

-- CreateEnum
CREATE TYPE "NewspaperIssueStatus" AS ENUM ('PLANNING', 'EDITING', 'PROOFREADING', 'AT_PRINTER', 'DISTRIBUTED');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('SUBMITTED', 'EDITING', 'PROOFREADING', 'APPROVED', 'PLACED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ArticleSource" AS ENUM ('STAFF', 'CONTRIBUTOR');

-- CreateEnum
CREATE TYPE "ContributorKind" AS ENUM ('CLUB', 'SCHOOL', 'COUNCIL_MEMBER', 'ORGANISATION', 'CITIZEN');

-- CreateEnum
CREATE TYPE "AdOrderStatus" AS ENUM ('ORDERED', 'ARTWORK_RECEIVED', 'PLACED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Publication" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "frequency" "NewspaperFrequency" NOT NULL DEFAULT 'MONTHLY',
    "printRun" INTEGER NOT NULL DEFAULT 0,
    "priceMinor" INTEGER,
    "toHouseholds" BOOLEAN NOT NULL DEFAULT true,
    "pickUpPoints" TEXT NOT NULL DEFAULT '',
    "pageCapacityChars" INTEGER NOT NULL DEFAULT 5500,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewspaperIssue" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "editorialDeadline" DATE NOT NULL,
    "adDeadline" DATE NOT NULL,
    "printDate" DATE NOT NULL,
    "distributionDate" DATE NOT NULL,
    "pageCount" INTEGER NOT NULL,
    "status" "NewspaperIssueStatus" NOT NULL DEFAULT 'PLANNING',
    "finalPdfKey" TEXT,
    "finalPdfName" TEXT,
    "finalPdfBytes" INTEGER,
    "finalPdfUploadedAt" TIMESTAMPTZ(3),
    "finalPdfUploadedById" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewspaperIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilClub" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilClub_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contributor" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "organisation" TEXT NOT NULL DEFAULT '',
    "kind" "ContributorKind" NOT NULL DEFAULT 'ORGANISATION',
    "councilClubId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributorInvite" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "contributorId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "allottedChars" INTEGER NOT NULL,
    "brief" TEXT NOT NULL DEFAULT '',
    "deadline" DATE NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "submissions" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContributorInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "perex" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "authorName" TEXT NOT NULL DEFAULT '',
    "source" "ArticleSource" NOT NULL DEFAULT 'STAFF',
    "contributorId" UUID,
    "inviteId" UUID,
    "councilClubId" UUID,
    "status" "ArticleStatus" NOT NULL DEFAULT 'SUBMITTED',
    "allottedChars" INTEGER,
    "charCount" INTEGER NOT NULL DEFAULT 0,
    "page" INTEGER,
    "pageOrder" INTEGER NOT NULL DEFAULT 0,
    "editorId" UUID,
    "rejectionReason" TEXT,
    "rejectedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submissionKey" TEXT,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "perex" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "charCount" INTEGER NOT NULL,
    "createdById" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleProofRound" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "openedById" UUID NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "closedById" UUID,
    "outcome" TEXT,

    CONSTRAINT "ArticleProofRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleComment" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "roundId" UUID,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleImage" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "caption" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL,
    "publicationConsent" BOOLEAN NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Advertiser" (
    "id" UUID NOT NULL,
    "company" TEXT NOT NULL,
    "ico" TEXT,
    "vatId" TEXT,
    "street" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT NOT NULL DEFAULT '',
    "contactPerson" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Advertiser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdSize" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "pageShareBp" INTEGER NOT NULL,
    "priceMinor" INTEGER NOT NULL,
    "vatPercent" INTEGER NOT NULL DEFAULT 21,
    "validFrom" DATE NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdSize_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdOrder" (
    "id" UUID NOT NULL,
    "advertiserId" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "adSizeId" UUID NOT NULL,
    "sizeCode" TEXT NOT NULL,
    "pageShareBp" INTEGER NOT NULL,
    "priceMinor" INTEGER NOT NULL,
    "vatPercent" INTEGER NOT NULL,
    "placement" TEXT NOT NULL DEFAULT '',
    "page" INTEGER,
    "pageOrder" INTEGER NOT NULL DEFAULT 0,
    "artworkKey" TEXT,
    "artworkName" TEXT,
    "artworkMime" TEXT,
    "artworkBytes" INTEGER,
    "status" "AdOrderStatus" NOT NULL DEFAULT 'ORDERED',
    "note" TEXT NOT NULL DEFAULT '',
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AdOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewspaperIssue_finalPdfKey_key" ON "NewspaperIssue"("finalPdfKey");

-- CreateIndex
CREATE INDEX "NewspaperIssue_status_distributionDate_idx" ON "NewspaperIssue"("status", "distributionDate");

-- CreateIndex
CREATE INDEX "NewspaperIssue_editorialDeadline_idx" ON "NewspaperIssue"("editorialDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "NewspaperIssue_publicationId_year_number_key" ON "NewspaperIssue"("publicationId", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilClub_name_key" ON "CouncilClub"("name");

-- CreateIndex
CREATE INDEX "Contributor_email_idx" ON "Contributor"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ContributorInvite_tokenHash_key" ON "ContributorInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "ContributorInvite_issueId_idx" ON "ContributorInvite"("issueId");

-- CreateIndex
CREATE INDEX "ContributorInvite_contributorId_idx" ON "ContributorInvite"("contributorId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_submissionKey_key" ON "Article"("submissionKey");

-- CreateIndex
CREATE INDEX "Article_issueId_status_idx" ON "Article"("issueId", "status");

-- CreateIndex
CREATE INDEX "Article_issueId_page_pageOrder_idx" ON "Article"("issueId", "page", "pageOrder");

-- CreateIndex
CREATE INDEX "Article_editorId_status_idx" ON "Article"("editorId", "status");

-- CreateIndex
CREATE INDEX "Article_councilClubId_idx" ON "Article"("councilClubId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleProofRound_articleId_number_key" ON "ArticleProofRound"("articleId", "number");

-- CreateIndex
CREATE INDEX "ArticleComment_articleId_createdAt_idx" ON "ArticleComment"("articleId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleImage_storageKey_key" ON "ArticleImage"("storageKey");

-- CreateIndex
CREATE INDEX "ArticleImage_articleId_position_idx" ON "ArticleImage"("articleId", "position");

-- CreateIndex
CREATE INDEX "Advertiser_company_idx" ON "Advertiser"("company");

-- CreateIndex
CREATE INDEX "Advertiser_ico_idx" ON "Advertiser"("ico");

-- CreateIndex
CREATE UNIQUE INDEX "AdSize_publicationId_code_validFrom_key" ON "AdSize"("publicationId", "code", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "AdOrder_artworkKey_key" ON "AdOrder"("artworkKey");

-- CreateIndex
CREATE INDEX "AdOrder_issueId_status_idx" ON "AdOrder"("issueId", "status");

-- CreateIndex
CREATE INDEX "AdOrder_advertiserId_idx" ON "AdOrder"("advertiserId");

-- AddForeignKey
ALTER TABLE "NewspaperIssue" ADD CONSTRAINT "NewspaperIssue_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contributor" ADD CONSTRAINT "Contributor_councilClubId_fkey" FOREIGN KEY ("councilClubId") REFERENCES "CouncilClub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributorInvite" ADD CONSTRAINT "ContributorInvite_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewspaperIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributorInvite" ADD CONSTRAINT "ContributorInvite_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewspaperIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_inviteId_fkey" FOREIGN KEY ("inviteId") REFERENCES "ContributorInvite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_councilClubId_fkey" FOREIGN KEY ("councilClubId") REFERENCES "CouncilClub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleProofRound" ADD CONSTRAINT "ArticleProofRound_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ArticleProofRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleImage" ADD CONSTRAINT "ArticleImage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdSize" ADD CONSTRAINT "AdSize_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdOrder" ADD CONSTRAINT "AdOrder_advertiserId_fkey" FOREIGN KEY ("advertiserId") REFERENCES "Advertiser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdOrder" ADD CONSTRAINT "AdOrder_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewspaperIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdOrder" ADD CONSTRAINT "AdOrder_adSizeId_fkey" FOREIGN KEY ("adSizeId") REFERENCES "AdSize"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (listed in src/server/migrations/migrations.int.test.ts): the schema cannot say these.
-- Issue numbers, page counts and the order of an issue's days.
ALTER TABLE "NewspaperIssue" ADD CONSTRAINT "NewspaperIssue_numbers_check" CHECK (
  "number" > 0 AND "year" BETWEEN 2000 AND 2100 AND "pageCount" BETWEEN 1 AND 200
  AND "editorialDeadline" <= "printDate" AND "adDeadline" <= "printDate" AND "printDate" <= "distributionDate"
);
-- Lengths and pages are positive; a placed article has a page; a rejected one has its reason.
ALTER TABLE "Article" ADD CONSTRAINT "Article_fields_check" CHECK (
  "charCount" >= 0 AND ("allottedChars" IS NULL OR "allottedChars" > 0) AND ("page" IS NULL OR "page" >= 1)
  AND ("status" <> 'PLACED' OR "page" IS NOT NULL)
  AND ("status" <> 'REJECTED' OR "rejectionReason" IS NOT NULL)
);
ALTER TABLE "CouncilClub" ADD CONSTRAINT "CouncilClub_seats_check" CHECK ("seats" >= 0);
-- Money in haléře, VAT in whole percent, a size is a share of one page.
ALTER TABLE "AdSize" ADD CONSTRAINT "AdSize_amounts_check" CHECK (
  "priceMinor" >= 0 AND "vatPercent" BETWEEN 0 AND 100 AND "pageShareBp" BETWEEN 1 AND 10000
);
ALTER TABLE "AdOrder" ADD CONSTRAINT "AdOrder_amounts_check" CHECK (
  "priceMinor" >= 0 AND "vatPercent" BETWEEN 0 AND 100 AND "pageShareBp" BETWEEN 1 AND 10000
  AND ("page" IS NULL OR "page" >= 1) AND ("status" <> 'PLACED' OR "page" IS NOT NULL)
);
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_amounts_check" CHECK (
  "printRun" >= 0 AND ("priceMinor" IS NULL OR "priceMinor" >= 0) AND "pageCapacityChars" > 0
);

-- Article search ignores case and diacritics ("herald_unaccent" from the press-releases migration).
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("title", ''))), 'A') ||
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("perex", ''))), 'B') ||
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("authorName", '') || ' ' || coalesce("body", ''))), 'C')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
