// File test data: uploads through the real API (create → PUT each part → complete), and a shop
// selling a downloadables benefit to customers who then use the portal API.
import { createHash, randomBytes } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { api, createTestBenefit, createTestCustomer, createTestOrg, createTestProduct, randomSuffix } from "@/test/factories";
import { sessionToken } from "@/test/portal-fixtures";

export const MiB = 1024 * 1024;

export const sha256Base64 = (data: Buffer) => createHash("sha256").update(data).digest("base64");

/** Random bytes (not compressible, nothing in them lines up by chance). */
export const randomData = (size: number) => randomBytes(size);

export type CreatedFile = {
  id: string;
  name: string;
  path: string;
  size: number;
  is_uploaded: boolean;
  checksum_sha256_base64: string | null;
  upload: { id: string; path: string; parts: { number: number; chunk_start: number; chunk_end: number; url: string; expires_at: string }[] };
};

type UploadOptions = {
  name?: string;
  mimeType?: string;
  /** Client-side parts of this size; undefined lets the server split the file. */
  partSize?: number;
  /** The declared whole-file checksum: the data's by default, null to declare none. */
  checksum?: string | null;
  replacesFileId?: string;
  version?: string;
};

/** POST /v1/files/ for `data`; returns the FileUpload. */
export async function createUpload(token: string, data: Buffer, options: UploadOptions = {}): Promise<CreatedFile> {
  const partSize = options.partSize;
  const parts = partSize
    ? Array.from({ length: Math.ceil(data.length / partSize) }, (_, i) => ({
        number: i + 1,
        chunk_start: i * partSize,
        chunk_end: Math.min(data.length, (i + 1) * partSize),
      }))
    : undefined;
  const checksum = options.checksum === undefined ? sha256Base64(data) : options.checksum;
  const res = await api("/v1/files/", {
    method: "POST",
    token,
    json: {
      name: options.name ?? `file-${randomSuffix()}.bin`,
      mime_type: options.mimeType ?? "application/octet-stream",
      size: data.length,
      ...(checksum ? { checksum_sha256_base64: checksum } : {}),
      ...(parts ? { upload: { parts } } : {}),
      service: "downloadable",
      ...(options.version ? { version: options.version } : {}),
      ...(options.replacesFileId ? { replaces_file_id: options.replacesFileId } : {}),
    },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreatedFile;
}

/** PUT one part's bytes to its URL; resolves to [status, body, etag]. */
export async function putPart(url: string, bytes: Buffer) {
  const res = await fetch(url, { method: "PUT", body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) as Uint8Array<ArrayBuffer> });
  const body = (await res.json()) as Record<string, unknown>;
  return [res.status, body, res.headers.get("etag")] as const;
}

/** POST /v1/files/{id}/uploaded with every part's ETag; resolves to [status, body]. */
export async function completeUpload(token: string, file: CreatedFile, etags: string[]) {
  const res = await api(`/v1/files/${file.id}/uploaded`, {
    method: "POST",
    token,
    json: { id: file.upload.id, path: file.upload.path, parts: etags.map((checksum_etag, i) => ({ number: i + 1, checksum_etag })) },
  });
  return [res.status, (await res.json()) as Record<string, unknown>] as const;
}

/** The whole upload: create, send every part, complete. Expects the parts to be accepted. */
export async function uploadFile(token: string, data: Buffer, options: UploadOptions = {}) {
  const file = await createUpload(token, data, options);
  const etags: string[] = [];
  for (const part of file.upload.parts) {
    const [status, , etag] = await putPart(part.url, data.subarray(part.chunk_start, part.chunk_end));
    expect(status).toBe(200);
    etags.push(etag!);
  }
  const [status, body] = await completeUpload(token, file, etags);
  return { file, status, body };
}

/** An uploaded file's id (the upload must succeed). */
export async function uploadedFileId(token: string, data: Buffer, options: UploadOptions = {}): Promise<string> {
  const { file, status } = await uploadFile(token, data, options);
  expect(status).toBe(200);
  return file.id;
}

/** An organization selling one product with a downloadables benefit of the given files. */
export async function createFileShop(token: string, organizationId: string, files: string[], archived: Record<string, boolean> = {}) {
  const benefit = await createTestBenefit(organizationId, { type: "downloadables", description: "Templates", properties: { files, archived } });
  const product = await createTestProduct(organizationId, { benefitIds: [benefit.id] });
  return { benefit, product };
}

export async function createFileOrg() {
  return createTestOrg();
}

/** A customer who bought `productId` (downloadables are delivered before the order call returns), with a portal session. */
export async function createFileBuyer(token: string, organizationId: string, productId: string) {
  const customer = await createTestCustomer(organizationId, { name: "Grace Hopper", external_id: `ext-${randomSuffix()}` });
  const res = await api("/v1/orders/", { method: "POST", token, json: { customer_id: customer.id, product_id: productId } });
  expect(res.status).toBe(201);
  const order = (await res.json()) as { id: string };
  return { customer, order, session: await sessionToken(token, customer.id) };
}

export type PortalDownloadable = {
  id: string;
  benefit_id: string;
  file: { id: string; name: string; size: number; version: string | null; checksum_sha256_base64: string; replaced_by_id: string | null; download: { url: string; expires_at: string } };
  download_count: number;
};

/** GET /v1/customer-portal/downloadables/ as the customer. */
export async function portalDownloadables(session: string): Promise<PortalDownloadable[]> {
  const res = await api("/v1/customer-portal/downloadables/?limit=100", { token: session });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: PortalDownloadable[] }).items;
}

/** Waits for the in-process job runner (reapply after an upload or a benefit edit). */
export async function eventually<T>(fn: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const downloadableRows = (customerId: string) =>
  db.downloadable.findMany({ where: { customerId }, select: { fileId: true, status: true }, orderBy: { createdAt: "asc" } });
