-- AlterTable
ALTER TABLE "MediaFile" ADD COLUMN     "pressConferenceId" UUID;

-- AlterTable
ALTER TABLE "PressConference" ADD COLUMN     "materialsPublishedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "MediaFile_pressConferenceId_kind_position_idx" ON "MediaFile"("pressConferenceId", "kind", "position");

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_pressConferenceId_fkey" FOREIGN KEY ("pressConferenceId") REFERENCES "PressConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A file belongs to exactly one thing: a press release or a press conference.
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_one_owner_check" CHECK (num_nonnulls("pressReleaseId", "pressConferenceId") = 1);
