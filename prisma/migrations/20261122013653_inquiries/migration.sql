-- CreateEnum
CREATE TYPE "InquiryChannel" AS ENUM ('EMAIL', 'PHONE', 'IN_PERSON', 'SOCIAL');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InquirySendStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "contactId" UUID,
    "outletId" UUID,
    "requesterName" TEXT,
    "requesterEmail" TEXT,
    "channel" "InquiryChannel" NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "subject" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "topicId" UUID,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "isFoiRequest" BOOLEAN NOT NULL DEFAULT false,
    "foiDeadline" DATE,
    "foiLaw" TEXT,
    "status" "InquiryStatus" NOT NULL DEFAULT 'NEW',
    "ownerId" UUID,
    "standInId" UUID,
    "answerDraft" TEXT,
    "answerApprovedById" UUID,
    "answerApprovedAt" TIMESTAMPTZ(3),
    "answeredAt" TIMESTAMPTZ(3),
    "answerChannel" "InquiryChannel",
    "answerEmail" TEXT,
    "sentStatus" "InquirySendStatus",
    "sentMessageId" TEXT,
    "sentError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "releaseId" UUID,
    "clippingUrl" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryConsultation" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "department" TEXT NOT NULL,
    "person" TEXT,
    "askedAt" TIMESTAMPTZ(3) NOT NULL,
    "answeredAt" TIMESTAMPTZ(3),
    "response" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryConsultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InquiryCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_number_key" ON "Inquiry"("number");

-- CreateIndex
CREATE INDEX "Inquiry_status_deadline_idx" ON "Inquiry"("status", "deadline");

-- CreateIndex
CREATE INDEX "Inquiry_ownerId_status_idx" ON "Inquiry"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Inquiry_receivedAt_idx" ON "Inquiry"("receivedAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_contactId_idx" ON "Inquiry"("contactId");

-- CreateIndex
CREATE INDEX "Inquiry_releaseId_idx" ON "Inquiry"("releaseId");

-- CreateIndex
CREATE INDEX "InquiryConsultation_inquiryId_askedAt_idx" ON "InquiryConsultation"("inquiryId", "askedAt");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "MediaContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "MediaOutlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_standInId_fkey" FOREIGN KEY ("standInId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_answerApprovedById_fkey" FOREIGN KEY ("answerApprovedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "PressRelease"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryConsultation" ADD CONSTRAINT "InquiryConsultation_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (the schema cannot say it) ------------------------------------------------------------

-- The answer bank: earlier questions and answers, searched without case and diacritics ("skolstvi"
-- finds "školství"), like the press releases' search ("herald_unaccent" comes from the press-releases
-- migration).
ALTER TABLE "Inquiry" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("subject", ''))), 'A') ||
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("question", ''))), 'B') ||
  setweight(to_tsvector('simple', "herald_unaccent"(coalesce("answerDraft", ''))), 'B')
) STORED;

CREATE INDEX "Inquiry_searchVector_idx" ON "Inquiry" USING GIN ("searchVector");

-- A clipping link is http(s) only; a consultation is answered after it was asked.
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_clippingUrl_check" CHECK ("clippingUrl" IS NULL OR "clippingUrl" ~* '^https?://');
ALTER TABLE "InquiryCounter" ADD CONSTRAINT "InquiryCounter_last_check" CHECK ("last" >= 0);
