-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeedToken_userId_createdAt_idx" ON "CalendarFeedToken"("userId", "createdAt" DESC);

-- Hand-written: at most one active (not revoked) feed token per user, so two parallel "create" clicks
-- cannot leave two live secrets.
CREATE UNIQUE INDEX "CalendarFeedToken_one_active_idx" ON "CalendarFeedToken"("userId") WHERE "revokedAt" IS NULL;
