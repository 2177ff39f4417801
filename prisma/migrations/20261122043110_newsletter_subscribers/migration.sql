-- CreateEnum
CREATE TYPE "NewsletterSubscriberStatus" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "NewsletterConsentSource" AS ENUM ('PUBLIC_FORM', 'STAFF', 'PAPER', 'IMPORT');

-- CreateEnum
CREATE TYPE "NewsletterConsentAction" AS ENUM ('SUBSCRIBED', 'CONFIRMED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "NewsletterMailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "NewsletterSubscriber" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "status" "NewsletterSubscriberStatus" NOT NULL DEFAULT 'PENDING',
    "confirmToken" TEXT,
    "confirmExpiresAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "unsubscribeToken" TEXT NOT NULL,
    "unsubscribedAt" TIMESTAMPTZ(3),
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "consentSource" "NewsletterConsentSource" NOT NULL,
    "submissionKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewsletterSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterConsentRecord" (
    "id" BIGSERIAL NOT NULL,
    "subscriberId" UUID NOT NULL,
    "action" "NewsletterConsentAction" NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "source" "NewsletterConsentSource",
    "via" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsletterConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterConfirmationMail" (
    "id" UUID NOT NULL,
    "subscriberId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "status" "NewsletterMailStatus" NOT NULL DEFAULT 'QUEUED',
    "messageId" TEXT,
    "error" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsletterConfirmationMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscriber_email_key" ON "NewsletterSubscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscriber_confirmToken_key" ON "NewsletterSubscriber"("confirmToken");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscriber_unsubscribeToken_key" ON "NewsletterSubscriber"("unsubscribeToken");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscriber_submissionKey_key" ON "NewsletterSubscriber"("submissionKey");

-- CreateIndex
CREATE INDEX "NewsletterSubscriber_status_createdAt_idx" ON "NewsletterSubscriber"("status", "createdAt");

-- CreateIndex
CREATE INDEX "NewsletterConsentRecord_subscriberId_at_idx" ON "NewsletterConsentRecord"("subscriberId", "at");

-- CreateIndex
CREATE INDEX "NewsletterConfirmationMail_status_idx" ON "NewsletterConfirmationMail"("status");

-- CreateIndex
CREATE INDEX "NewsletterConfirmationMail_subscriberId_createdAt_idx" ON "NewsletterConfirmationMail"("subscriberId", "createdAt");

-- AddForeignKey
ALTER TABLE "NewsletterConsentRecord" ADD CONSTRAINT "NewsletterConsentRecord_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "NewsletterSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsletterConfirmationMail" ADD CONSTRAINT "NewsletterConfirmationMail_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "NewsletterSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written ----------------------------------------------------------------------------------------
-- Addresses are stored in lower case (the service normalises them; this is the backstop of the unique key).
ALTER TABLE "NewsletterSubscriber" ADD CONSTRAINT "NewsletterSubscriber_email_lower_check" CHECK ("email" = lower("email"));

-- The consent history is evidence: never rewritten. (Erasing a subscriber deletes it with the subscriber.)
CREATE FUNCTION "newsletter_consent_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'NewsletterConsentRecord is append-only' USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER "NewsletterConsentRecord_append_only" BEFORE UPDATE ON "NewsletterConsentRecord"
  FOR EACH ROW EXECUTE FUNCTION "newsletter_consent_is_append_only"();
