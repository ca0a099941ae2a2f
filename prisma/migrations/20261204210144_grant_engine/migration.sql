-- CreateEnum
CREATE TYPE "grant_target" AS ENUM ('granted', 'revoked');

-- AlterTable
ALTER TABLE "benefit_grants" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "target" "grant_target" NOT NULL DEFAULT 'granted';

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "benefits_revoked_at" TIMESTAMPTZ(3),
ADD COLUMN     "refunded_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "failed_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "webhook_endpoints" ADD COLUMN     "disabled_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "outbox_concurrency_key_completed_at_idx" ON "outbox"("concurrency_key", "completed_at");
