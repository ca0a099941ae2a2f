import { randomBytes } from "node:crypto";

/**
 * `count` UUIDv7s (RFC 9562: 48-bit millisecond time, then random bits), as Prisma's `uuid(7)`
 * default makes them. Rows inserted by hand-written SQL use them too: time-ordered keys keep the
 * events primary key's index appending at its right edge instead of splitting random pages.
 */
export function uuidv7s(count: number, now = Date.now()): string[] {
  const random = randomBytes(16 * count);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const b = random.subarray(i * 16, i * 16 + 16);
    b.writeUIntBE(now, 0, 6);
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString("hex");
    ids.push(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
  }
  return ids;
}
