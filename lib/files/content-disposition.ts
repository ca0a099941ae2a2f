/**
 * `attachment` with the file's name: an ASCII fallback in `filename` and the exact name in
 * `filename*` (RFC 5987/6266), so any name — accents, quotes, emoji — downloads as itself and
 * nothing in it can break out of the header.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "download";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
