-- CreateEnum
CREATE TYPE "DistributionListKind" AS ENUM ('STATIC', 'SMART');

-- AlterEnum
ALTER TYPE "OutletKind" ADD VALUE 'SOCIAL';

-- AlterTable
ALTER TABLE "MediaOutlet" ADD COLUMN     "notes" TEXT,
ADD COLUMN     "region" TEXT,
ADD COLUMN     "rssUrl" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "MediaContact" ADD COLUMN     "doNotContactReason" TEXT,
ADD COLUMN     "erasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "mobile" TEXT,
ADD COLUMN     "nameKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "notes" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "role" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "DistributionList" ADD COLUMN     "criteria" JSONB,
ADD COLUMN     "kind" "DistributionListKind" NOT NULL DEFAULT 'STATIC',
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "MediaOutlet_kind_idx" ON "MediaOutlet"("kind");

-- CreateIndex
CREATE INDEX "MediaContact_erasedAt_name_idx" ON "MediaContact"("erasedAt", "name");

-- CreateIndex
CREATE INDEX "MediaContact_nameKey_idx" ON "MediaContact"("nameKey");

-- CreateIndex
CREATE INDEX "DistributionRecipient_contactId_idx" ON "DistributionRecipient"("contactId");

-- Hand-written: fill the search keys of existing rows the way src/features/media-contacts/normalize.ts
-- computes them for new ones (lower case, no diacritics; the name key has its words sorted). Data only,
-- no new database objects.
UPDATE "MediaOutlet" SET "searchText" = lower("herald_unaccent"(concat_ws(' ', "name", "region")));
UPDATE "MediaContact" SET
  "searchText" = lower("herald_unaccent"(concat_ws(' ', "name", "email", "role", array_to_string("beats", ' ')))),
  "nameKey" = array_to_string(ARRAY(
    SELECT word FROM unnest(regexp_split_to_array(lower("herald_unaccent"("name")), '[^a-z0-9]+')) AS word
    WHERE word <> '' ORDER BY word
  ), ' ');
