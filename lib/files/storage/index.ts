import { blobDriver } from "@/lib/files/storage/blob-driver";
import { localDriver } from "@/lib/files/storage/local-driver";
import type { StorageDriver } from "@/lib/files/storage/storage-driver";

const globalForStorage = globalThis as unknown as { benefactorStorage?: Map<string, StorageDriver> };

/**
 * The driver new uploads go to: Vercel Blob when BLOB_READ_WRITE_TOKEN is set, local disk
 * otherwise. A file is always read and removed through the driver that stored it (File.storageDriver).
 */
export function storageFor(name?: string): StorageDriver {
  const wanted = name ?? (process.env.BLOB_READ_WRITE_TOKEN ? "blob" : "local");
  const cache = (globalForStorage.benefactorStorage ??= new Map());
  let driver = cache.get(wanted);
  if (!driver) {
    driver = wanted === "blob" ? blobDriver() : localDriver();
    cache.set(wanted, driver);
  }
  return driver;
}
