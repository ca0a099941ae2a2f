-- AlterTable
ALTER TABLE "customer_oauth_accounts" ADD COLUMN     "scope" TEXT;

-- CreateTable
CREATE TABLE "file_upload_parts" (
    "file_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "size" BIGINT NOT NULL,
    "etag" TEXT NOT NULL,
    "checksum_sha256" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "file_upload_parts_pkey" PRIMARY KEY ("file_id","number")
);

-- CreateTable
CREATE TABLE "organization_integrations" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "platform" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT,
    "secret" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ok',
    "error" TEXT,
    "checked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_integrations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_integrations_organization_id_platform_external_key" ON "organization_integrations"("organization_id", "platform", "external_id");

-- AddForeignKey
ALTER TABLE "file_upload_parts" ADD CONSTRAINT "file_upload_parts_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_integrations" ADD CONSTRAINT "organization_integrations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
