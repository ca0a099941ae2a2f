import type { Readable } from "node:stream";
import { decideRange } from "@/lib/files/byte-range";
import { contentDisposition } from "@/lib/files/content-disposition";
import { FileLinkError } from "@/lib/files/link-error";
import { sha256Hex, type FileRow } from "@/lib/files/serialize-file";
import { storageFor } from "@/lib/files/storage";

type ServedFile = Pick<FileRow, "name" | "mimeType" | "size" | "checksumSha256" | "storageDriver" | "storageKey" | "createdAt">;

/**
 * The response for a download, shared by customers' signed links and merchants' own downloads:
 * streams the file (or the one Range asked for: 206 with Content-Range, 416 past the end) from
 * its storage driver, with Content-Length, Content-Disposition, a strong ETag (the SHA-256),
 * Last-Modified and Accept-Ranges. `beforeBody` runs once the status is known and before any byte
 * is read (the grant check and the download count). A download counts once per GET that starts at
 * byte 0 — a whole file, or the first range of a resumable one — never for HEAD or later ranges.
 * HEAD answers the headers only.
 */
export async function serveFile(
  req: Request,
  file: ServedFile,
  beforeBody: (countsAsDownload: boolean) => Promise<void> = async () => {},
): Promise<Response> {
  const size = Number(file.size);
  const etag = `"${sha256Hex(file.checksumSha256) ?? file.storageKey}"`;
  const lastModified = file.createdAt.toUTCString();
  const headers = new Headers({
    "Accept-Ranges": "bytes",
    "Content-Type": file.mimeType,
    "Content-Disposition": contentDisposition(file.name),
    ETag: etag,
    "Last-Modified": lastModified,
    // no-transform: Next would otherwise gzip compressible types, dropping Content-Length and breaking ranges.
    "Cache-Control": "private, no-store, no-transform",
    "X-Content-Type-Options": "nosniff",
  });
  const decision = decideRange(req.headers, size, { etag, lastModified });
  const isHead = req.method === "HEAD";
  if (decision.kind === "unsatisfiable") {
    await beforeBody(false);
    throw new FileLinkError(416, "range_not_satisfiable", `The file is ${size} bytes`, { "Content-Range": `bytes */${size}` });
  }
  const range = decision.kind === "partial" ? decision.range : undefined;
  await beforeBody(!isHead && (!range || range.start === 0));
  const length = range ? range.end - range.start + 1 : size;
  // The production server (server/index.ts) sends it; `next dev` drops it from route responses.
  headers.set("Content-Length", String(length));
  if (range) headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
  const status = range ? 206 : 200;
  if (isHead) return new Response(null, { status, headers });
  const source = await storageFor(file.storageDriver).read(file.storageKey, range);
  return new Response(toWebStream(source), { status, headers });
}

/**
 * A pull-based web stream over a Node stream: one chunk is read each time the response wants
 * one, so a slow client holds at most a chunk or two in memory, never the file.
 */
function toWebStream(source: Readable): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value as Uint8Array);
      },
      cancel() {
        source.destroy();
      },
    },
    { highWaterMark: 1 },
  );
}
