-- CreateEnum
CREATE TYPE "meter_credit_kind" AS ENUM ('grant', 'cycle', 'revoke', 'manual');

-- AlterTable
ALTER TABLE "customer_meters" ADD COLUMN     "low_balance_alerted_at" TIMESTAMPTZ(3),
ADD COLUMN     "low_balance_threshold" DECIMAL(30,6);

-- AlterTable
ALTER TABLE "meters" ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "custom_label" TEXT,
ADD COLUMN     "custom_multiplier" INTEGER,
ADD COLUMN     "metadata" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "unit" TEXT NOT NULL DEFAULT 'scalar';

-- CreateTable
CREATE TABLE "meter_credits" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" UUID NOT NULL,
    "customer_meter_id" UUID NOT NULL,
    "grant_id" UUID,
    "order_id" UUID,
    "kind" "meter_credit_kind" NOT NULL,
    "units" DECIMAL(30,6) NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meter_credits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_meter_days" (
    "customer_meter_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "consumed" DECIMAL(30,6) NOT NULL,

    CONSTRAINT "customer_meter_days_pkey" PRIMARY KEY ("customer_meter_id","day")
);

-- CreateIndex
CREATE INDEX "meter_credits_customer_meter_id_id_idx" ON "meter_credits"("customer_meter_id", "id");

-- CreateIndex
CREATE INDEX "meter_credits_grant_id_id_idx" ON "meter_credits"("grant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "meter_credits_grant_id_order_id_key" ON "meter_credits"("grant_id", "order_id");

-- CreateIndex
CREATE INDEX "customer_meters_meter_id_idx" ON "customer_meters"("meter_id");

-- AddForeignKey
ALTER TABLE "meter_credits" ADD CONSTRAINT "meter_credits_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_credits" ADD CONSTRAINT "meter_credits_customer_meter_id_fkey" FOREIGN KEY ("customer_meter_id") REFERENCES "customer_meters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_credits" ADD CONSTRAINT "meter_credits_grant_id_fkey" FOREIGN KEY ("grant_id") REFERENCES "benefit_grants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_meter_days" ADD CONSTRAINT "customer_meter_days_customer_meter_id_fkey" FOREIGN KEY ("customer_meter_id") REFERENCES "customer_meters"("id") ON DELETE CASCADE ON UPDATE CASCADE;
