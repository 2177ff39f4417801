-- CreateTable
CREATE TABLE "NewsroomGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "NewsroomGeneration_pkey" PRIMARY KEY ("id")
);

-- The one row, and the triggers that move it on. Statement-level, in the writing transaction: a reader
-- never sees new public content under an old generation for longer than the transaction takes to commit.
-- Every table the public newsroom reads is covered (a draft's save moves it on too: cheap, and never stale).
INSERT INTO "NewsroomGeneration" ("id", "value") VALUES (1, 0);

CREATE FUNCTION "herald_bump_newsroom_generation"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "NewsroomGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "PressRelease_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PressRelease"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "PressReleaseTopic_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PressReleaseTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "Topic_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Topic"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "PressReleaseResolution_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PressReleaseResolution"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "CouncilResolution_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CouncilResolution"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "MediaFile_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MediaFile"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
CREATE TRIGGER "Setting_newsroom_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();
-- Users: the press contacts (name, e-mail, role, active) and the contact person named on a release.
-- Not on every login (lastLoginAt): only when a public column changes.
CREATE TRIGGER "User_newsroom_generation" AFTER INSERT OR UPDATE OF "name", "email", "roles", "isActive" OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "herald_bump_newsroom_generation"();

-- The newsroom's list: published releases newest first (a partial index: drafts never bloat it). It
-- replaces the (status, publishedAt) index, which schema.prisma no longer declares.
DROP INDEX "PressRelease_status_publishedAt_idx";
CREATE INDEX "PressRelease_public_list_idx" ON "PressRelease" ("publishedAt" DESC, "id" DESC) WHERE "status" = 'PUBLISHED';
-- When the next embargo lifts (the newsroom cache must not outlive it).
CREATE INDEX "PressRelease_public_embargo_idx" ON "PressRelease" ("embargoUntil") WHERE "status" = 'PUBLISHED' AND "embargoUntil" IS NOT NULL;
