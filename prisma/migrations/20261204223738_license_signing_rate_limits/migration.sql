-- DropIndex
DROP INDEX "license_key_activations_license_key_id_idx";

-- CreateTable
CREATE TABLE "organization_signing_keys" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "algorithm" TEXT NOT NULL DEFAULT 'EdDSA',
    "public_key" JSONB NOT NULL,
    "private_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_signing_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "organization_signing_keys_organization_id_created_at_idx" ON "organization_signing_keys"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "license_key_activations_license_key_id_created_at_idx" ON "license_key_activations"("license_key_id", "created_at");

-- AddForeignKey
ALTER TABLE "organization_signing_keys" ADD CONSTRAINT "organization_signing_keys_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
