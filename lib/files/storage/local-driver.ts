import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ByteRange, StorageDriver } from "@/lib/files/storage/storage-driver";

/** Reads in 1 MiB chunks: fewer, larger chunks through the response stream go faster. */
const READ_CHUNK = 1024 * 1024;
const SAFE_KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/**
 * Files on local disk (the embedded default): `<root>/<key>/data` once uploaded, and each part
 * of an upload in `<root>/<key>/parts/<number>` until then. Root: FILES_DIR, default
 * `.data/files` in the working directory (git-ignored).
 */
export function localDriver(
  // turbopackIgnore: otherwise `next build` traces the whole project as this route's files.
  root = process.env.FILES_DIR || path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "files"),
): StorageDriver {
  const dirOf = (key: string) => {
    // Keys are "<organization id>/<file id>": never a path that could leave the root.
    if (!SAFE_KEY.test(key)) throw new Error(`Invalid storage key ${JSON.stringify(key)}`);
    return path.join(root, key);
  };
  const tmpName = (target: string) => `${target}.${randomBytes(6).toString("hex")}.tmp`;

  return {
    name: "local",
    async startUpload(key) {
      await mkdir(path.join(dirOf(key), "parts"), { recursive: true });
      return "local";
    },
    async writePart({ key, number, body }) {
      const target = path.join(dirOf(key), "parts", String(number));
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = tmpName(target);
      const md5 = createHash("md5");
      const hashing = new Transform({
        transform(chunk: Buffer, _enc, done) {
          md5.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(body, hashing, createWriteStream(tmp));
        // A re-sent part replaces the earlier copy in one step: a reader sees one or the other.
        await rename(tmp, target);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      return { etag: md5.digest("hex") };
    },
    async finishUpload({ key, parts }) {
      const dir = dirOf(key);
      const target = path.join(dir, "data");
      const tmp = tmpName(target);
      const sha256 = createHash("sha256");
      const ordered = [...parts].sort((a, b) => a.number - b.number);
      async function* joined() {
        for (const part of ordered) {
          const handle = await open(path.join(dir, "parts", String(part.number)));
          for await (const chunk of handle.createReadStream({ highWaterMark: READ_CHUNK })) {
            sha256.update(chunk as Buffer);
            yield chunk as Buffer;
          }
        }
      }
      try {
        await pipeline(joined, createWriteStream(tmp));
        await rename(tmp, target);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      await rm(path.join(dir, "parts"), { recursive: true, force: true });
      return { sha256: sha256.digest() };
    },
    async abortUpload(key) {
      await rm(path.join(dirOf(key), "parts"), { recursive: true, force: true });
    },
    async read(key, range?: ByteRange) {
      // Opened first, so a missing file fails here rather than midway through a response.
      const handle = await open(path.join(dirOf(key), "data"));
      return handle.createReadStream({ start: range?.start, end: range?.end, highWaterMark: READ_CHUNK }) as Readable;
    },
    async remove(key) {
      await rm(dirOf(key), { recursive: true, force: true });
    },
  };
}
