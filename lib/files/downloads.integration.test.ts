import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { downloadUrl } from "@/lib/files/download-token";
import { api, baseUrl, createTestOrg } from "@/test/factories";
import {
  createFileBuyer,
  createFileShop,
  downloadableRows,
  eventually,
  MiB,
  portalDownloadables,
  randomData,
  sha256Base64,
  uploadedFileId,
} from "@/test/file-fixtures";

const REVOKED = { error: "NotPermitted", detail: "You no longer have access to this file", code: "revoked" };
const TAMPERED = { error: "NotPermitted", detail: "This download link is invalid", code: "invalid_signature" };
const EXPIRED = { error: "Gone", detail: "This download link has expired: get a new one from the portal", code: "expired" };

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

async function shopWithFiles(count = 2, size = 64 * 1024) {
  const env = await createTestOrg();
  const data = Array.from({ length: count }, () => randomData(size));
  const ids: string[] = [];
  for (const [i, d] of data.entries()) ids.push(await uploadedFileId(env.token, d, { name: `file-${i + 1}.zip`, version: `v${i + 1}` }));
  const shop = await createFileShop(env.token, env.org.id, ids);
  return { ...env, ...shop, data, ids };
}

const patchFiles = (token: string, benefitId: string, files: string[], archived: Record<string, boolean> = {}) =>
  api(`/v1/benefits/${benefitId}`, { method: "PATCH", token, json: { properties: { files, archived } } });

describe("customer downloads", () => {
  test("the portal lists the files in benefit order with signed links; a download is byte-identical and counted once", async () => {
    const shop = await shopWithFiles(2, 3 * MiB);
    const buyer = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const items = await portalDownloadables(buyer.session);
    expect(items.map((i) => [i.benefit_id, i.file.id, i.file.name, i.file.version, i.file.size, i.file.checksum_sha256_base64])).toEqual([
      [shop.benefit.id, shop.ids[0], "file-1.zip", "v1", 3 * MiB, sha256Base64(shop.data[0])],
      [shop.benefit.id, shop.ids[1], "file-2.zip", "v2", 3 * MiB, sha256Base64(shop.data[1])],
    ]);
    const { url, expires_at } = items[0].file.download;
    expect(url.startsWith(`${baseUrl().replace("127.0.0.1", "localhost")}/v1/files/downloads/`) || url.includes("/v1/files/downloads/")).toBe(true);
    const minutes = (Date.parse(expires_at) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);

    const res = await get(url);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(["content-length", "content-type", "content-disposition", "accept-ranges", "etag"].map((h) => [h, res.headers.get(h)]))).toEqual({
      "content-length": String(3 * MiB),
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="file-1.zip"; filename*=UTF-8''file-1.zip`,
      "accept-ranges": "bytes",
      etag: `"${Buffer.from(sha256Base64(shop.data[0]), "base64").toString("hex")}"`,
    });
    expect((await bytes(res)).equals(shop.data[0])).toBe(true);
    const row = await db.downloadable.findFirstOrThrow({ where: { customerId: buyer.customer.id, fileId: shop.ids[0] } });
    expect(row.downloadCount).toBe(1);
    expect(row.lastDownloadedAt).not.toBeNull();

    // HEAD tells the size without counting.
    const head = await fetch(url, { method: "HEAD" });
    expect([head.status, head.headers.get("content-length")]).toEqual([200, String(3 * MiB)]);
    expect((await db.downloadable.findUniqueOrThrow({ where: { id: row.id } })).downloadCount).toBe(1);
  });

  test("Range returns the exact bytes (206, Content-Range); a resumed download counts only its first request; 416 past the end", async () => {
    const shop = await shopWithFiles(1, 2 * MiB + 7);
    const buyer = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const [item] = await portalDownloadables(buyer.session);
    const { url } = item.file.download;
    const size = 2 * MiB + 7;

    const first = await get(url, { Range: "bytes=0-999" });
    expect([first.status, first.headers.get("content-range"), first.headers.get("content-length")]).toEqual([206, `bytes 0-999/${size}`, "1000"]);
    expect((await bytes(first)).equals(shop.data[0].subarray(0, 1000))).toBe(true);
    const rest = await get(url, { Range: "bytes=1000-" });
    expect([rest.status, rest.headers.get("content-range")]).toEqual([206, `bytes 1000-${size - 1}/${size}`]);
    expect((await bytes(rest)).equals(shop.data[0].subarray(1000))).toBe(true);
    const tail = await get(url, { Range: "bytes=-5" });
    expect((await bytes(tail)).equals(shop.data[0].subarray(size - 5))).toBe(true);
    const middle = await get(url, { Range: `bytes=${MiB}-${MiB + 9}`, "If-Range": item.file.download ? first.headers.get("etag")! : "" });
    expect([middle.status, (await bytes(middle)).equals(shop.data[0].subarray(MiB, MiB + 10))]).toEqual([206, true]);
    // If-Range naming another version: the whole file, as a fresh download.
    const stale = await get(url, { Range: "bytes=10-20", "If-Range": '"another-version"' });
    expect([stale.status, (await bytes(stale)).equals(shop.data[0])]).toEqual([200, true]);

    const past = await get(url, { Range: `bytes=${size}-` });
    expect([past.status, past.headers.get("content-range"), await past.json()]).toEqual([
      416,
      `bytes */${size}`,
      { error: "RangeNotSatisfiable", detail: `The file is ${size} bytes`, code: "range_not_satisfiable" },
    ]);
    const row = await db.downloadable.findFirstOrThrow({ where: { customerId: buyer.customer.id } });
    expect(row.downloadCount).toBe(2); // bytes=0-999 and the If-Range fallback to the whole file
  });

  test("a tampered link is 403, an expired one 410, and a revoked customer gets 403 even with a fresh link", async () => {
    const shop = await shopWithFiles(1);
    const buyer = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const [item] = await portalDownloadables(buyer.session);
    const { url } = item.file.download;
    const [id, expires, signature] = url.split("/").pop()!.split(".");

    const later = url.replace(`.${expires}.`, `.${Number(expires) + 3600}.`);
    const forged = url.replace(signature, Buffer.alloc(32).toString("base64url"));
    for (const bad of [later, forged, `${url}x`, url.replace(id, crypto.randomUUID())]) {
      const res = await get(bad);
      expect([res.status, await res.json()]).toEqual([403, TAMPERED]);
    }
    const expired = downloadUrl(new URL(url).origin, id, Date.now() - 2 * 3_600_000);
    const gone = await get(expired.url);
    expect([gone.status, await gone.json()]).toEqual([410, EXPIRED]);

    const grant = await db.benefitGrant.findFirstOrThrow({ where: { customerId: buyer.customer.id, benefitId: shop.benefit.id } });
    expect((await api(`/v1/benefit-grants/${grant.id}/revoke`, { method: "POST", token: shop.token })).status).toBe(202);
    const rows = await eventually(() => downloadableRows(buyer.customer.id), (r) => r.every((d) => d.status === "revoked"));
    expect(rows).toEqual([{ fileId: shop.ids[0], status: "revoked" }]);
    const fresh = downloadUrl(new URL(url).origin, id);
    const denied = await get(fresh.url);
    expect([denied.status, await denied.json()]).toEqual([403, REVOKED]);
    expect(await portalDownloadables(buyer.session)).toEqual([]);
  });

  test("a link whose benefit grant is gone is refused even while the downloadable row still says granted", async () => {
    const shop = await shopWithFiles(1);
    const buyer = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const [item] = await portalDownloadables(buyer.session);
    await db.benefitGrant.updateMany({ where: { customerId: buyer.customer.id }, data: { status: "revoked" } });
    const res = await get(item.file.download.url);
    expect([res.status, await res.json()]).toEqual([403, REVOKED]);
  });

  test("an archived file is not granted to a new buyer but an existing customer keeps it", async () => {
    const shop = await shopWithFiles(2);
    const old = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    expect((await portalDownloadables(old.session)).map((i) => i.file.id)).toEqual(shop.ids);

    expect((await patchFiles(shop.token, shop.benefit.id, shop.ids, { [shop.ids[1]]: true })).status).toBe(200);
    const fresh = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    expect((await portalDownloadables(fresh.session)).map((i) => i.file.id)).toEqual([shop.ids[0]]);

    // The re-apply of the edit ran for the old customer too: they still have both, and can download the archived one.
    const kept = await eventually(() => portalDownloadables(old.session), () => true);
    expect(kept.map((i) => i.file.id)).toEqual(shop.ids);
    const res = await get(kept[1].file.download.url);
    expect([res.status, (await bytes(res)).equals(shop.data[1])]).toEqual([200, true]);
  });

  test("a new version takes the old one's place: holders see the newest and keep the one they had, new buyers get only the newest", async () => {
    const shop = await shopWithFiles(2);
    const old = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const v2 = randomData(70_000);
    const newId = await uploadedFileId(shop.token, v2, { name: "file-1.zip", version: "v1.1", replacesFileId: shop.ids[0] });
    const oldFile = await api(`/v1/files/${shop.ids[0]}`, { token: shop.token });
    expect((await oldFile.json()).replaced_by_id).toBe(newId);

    expect((await patchFiles(shop.token, shop.benefit.id, [newId, shop.ids[1]])).status).toBe(200);
    const items = await eventually(() => portalDownloadables(old.session), (i) => i.length === 3);
    expect(items.map((i) => [i.file.id, i.file.version, i.file.replaced_by_id])).toEqual([
      [newId, "v1.1", null],
      [shop.ids[0], "v1", newId],
      [shop.ids[1], "v2", null],
    ]);
    expect((await bytes(await get(items[0].file.download.url))).equals(v2)).toBe(true);
    expect((await bytes(await get(items[1].file.download.url))).equals(shop.data[0])).toBe(true);

    const fresh = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    expect((await portalDownloadables(fresh.session)).map((i) => i.file.id)).toEqual([newId, shop.ids[1]]);
  });

  test("a file removed from the benefit is revoked; a file uploaded after the purchase reaches existing holders", async () => {
    const shop = await shopWithFiles(2);
    const buyer = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const [, second] = await portalDownloadables(buyer.session);

    expect((await patchFiles(shop.token, shop.benefit.id, [shop.ids[0]])).status).toBe(200);
    await eventually(() => downloadableRows(buyer.customer.id), (r) => r.some((d) => d.status === "revoked"));
    expect((await get(second.file.download.url)).status).toBe(403);

    // A file listed before its upload completes is granted once it does.
    const late = randomData(1000);
    const { createUpload, putPart, completeUpload } = await import("@/test/file-fixtures");
    const pending = await createUpload(shop.token, late, { name: "late.pdf" });
    expect((await patchFiles(shop.token, shop.benefit.id, [shop.ids[0], pending.id])).status).toBe(200);
    const [, , etag] = await putPart(pending.upload.parts[0].url, late);
    expect((await completeUpload(shop.token, pending, [etag!]))[0]).toBe(200);
    const items = await eventually(() => portalDownloadables(buyer.session), (i) => i.length === 2);
    expect(items.map((i) => i.file.id)).toEqual([shop.ids[0], pending.id]);
  });

  test("the merchant sees per-customer download counts and last download", async () => {
    const shop = await shopWithFiles(1);
    const a = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const b = await createFileBuyer(shop.token, shop.org.id, shop.product.id);
    const [item] = await portalDownloadables(a.session);
    await get(item.file.download.url).then(bytes);
    await get(item.file.download.url).then(bytes);
    const res = await api(`/v1/files/${shop.ids[0]}/downloads`, { token: shop.token });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.pagination).toEqual({ total_count: 2, max_page: 1 });
    expect(body.items.map((i: Record<string, unknown>) => [i.customer_id, i.download_count, i.is_granted, i.last_downloaded_at !== null])).toEqual([
      [a.customer.id, 2, true, true],
      [b.customer.id, 0, true, false],
    ]);
  });
});
