-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "rejectionMailError" TEXT,
ADD COLUMN     "rejectionMailMessageId" TEXT,
ADD COLUMN     "rejectionMailStatus" TEXT;
