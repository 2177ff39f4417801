-- CreateEnum
CREATE TYPE "PressConferenceStatus" AS ENUM ('PLANNED', 'INVITED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "RsvpResponse" AS ENUM ('ATTENDING', 'NOT_ATTENDING');

-- CreateTable
CREATE TABLE "PressConference" (
    "id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venue" TEXT NOT NULL,
    "agenda" TEXT NOT NULL DEFAULT '',
    "status" "PressConferenceStatus" NOT NULL DEFAULT 'PLANNED',
    "councilMeeting" TEXT,
    "followUpReleaseId" UUID,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PressConference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressConferenceSpeaker" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "function" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PressConferenceSpeaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressConferenceInvitation" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rsvpToken" TEXT NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "messageId" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "response" "RsvpResponse",
    "crewNames" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressConferenceInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PressConference_startsAt_idx" ON "PressConference"("startsAt");

-- CreateIndex
CREATE INDEX "PressConference_followUpReleaseId_idx" ON "PressConference"("followUpReleaseId");

-- CreateIndex
CREATE INDEX "PressConferenceSpeaker_userId_idx" ON "PressConferenceSpeaker"("userId");

-- CreateIndex
CREATE INDEX "PressConferenceSpeaker_name_idx" ON "PressConferenceSpeaker"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PressConferenceSpeaker_conferenceId_position_key" ON "PressConferenceSpeaker"("conferenceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PressConferenceInvitation_rsvpToken_key" ON "PressConferenceInvitation"("rsvpToken");

-- CreateIndex
CREATE INDEX "PressConferenceInvitation_conferenceId_status_idx" ON "PressConferenceInvitation"("conferenceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PressConferenceInvitation_conferenceId_contactId_key" ON "PressConferenceInvitation"("conferenceId", "contactId");

-- AddForeignKey
ALTER TABLE "PressConference" ADD CONSTRAINT "PressConference_followUpReleaseId_fkey" FOREIGN KEY ("followUpReleaseId") REFERENCES "PressRelease"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressConference" ADD CONSTRAINT "PressConference_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressConferenceSpeaker" ADD CONSTRAINT "PressConferenceSpeaker_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "PressConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressConferenceSpeaker" ADD CONSTRAINT "PressConferenceSpeaker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressConferenceInvitation" ADD CONSTRAINT "PressConferenceInvitation_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "PressConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressConferenceInvitation" ADD CONSTRAINT "PressConferenceInvitation_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "MediaContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The public newsroom lists upcoming press conferences and serves their ICS feed through its cache:
-- writes to what it shows move the newsroom generation on (the function of the newsroom_cache migration).
-- Invitations are never public; they are left out.
CREATE TRIGGER "PressConference_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PressConference"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "PressConferenceSpeaker_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PressConferenceSpeaker"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
