-- AlterTable
ALTER TABLE "MediaOutlet" ADD COLUMN     "deadlineDays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "deadlineTime" TEXT;
