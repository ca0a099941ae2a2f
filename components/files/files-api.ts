// The /v1/files API as the dashboard calls it (same origin, merchant session cookie); the
// organization is named by the Polar-Organization header. Shapes follow Polar's File schemas.

export type FileRead = {
  id: string;
  organization_id: string;
  name: string;
  path: string;
  mime_type: string;
  size: number;
  size_readable: string;
  checksum_sha256_base64: string | null;
  checksum_sha256_hex: string | null;
  version: string | null;
  is_uploaded: boolean;
  service: string;
  created_at: string;
  last_modified_at: string | null;
  /** Benefactor: the newer version that replaced this file, if any. */
  replaced_by_id?: string | null;
};

export type UploadPart = {
  number: number;
  chunk_start: number;
  chunk_end: number;
  checksum_sha256_base64?: string | null;
  url: string;
  expires_at: string;
  headers: Record<string, string>;
};

export type FileUpload = FileRead & { upload: { id: string; path: string; parts: UploadPart[] } };

export type CompletedPart = { number: number; checksum_etag: string; checksum_sha256_base64?: string | null };

/** One customer's access to a file through one benefit (GET /v1/files/{id}/downloads). */
export type FileDownloadStat = {
  id: string;
  benefit_id: string;
  customer_id: string;
  customer: { id: string; email: string; name: string | null; external_id: string | null };
  is_granted: boolean;
  download_count: number;
  last_downloaded_at: string | null;
  granted_at: string;
};

/** A failed API call, with the server's message (per-field detail joined) and status. */
export class FilesApiError extends Error {
  readonly status: number;
  readonly fields: Record<string, string>;
  constructor(status: number, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = "FilesApiError";
    this.status = status;
    this.fields = fields;
  }

  /** The server was busy or failing: the same request may work a moment later. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

type Detail = string | { loc?: (string | number)[]; msg?: string }[] | undefined;

/** The server's words for a failure: `detail` as a string, or each field issue's `msg`. */
export async function apiError(res: Response, fallback: string): Promise<FilesApiError> {
  const body = (await res.json().catch(() => null)) as { detail?: Detail } | null;
  const detail = body?.detail;
  if (typeof detail === "string") return new FilesApiError(res.status, detail);
  if (Array.isArray(detail) && detail.length > 0) {
    const fields = Object.fromEntries(
      detail.map((d) => [(d.loc ?? []).filter((p, i) => !(i === 0 && p === "body")).join("."), d.msg ?? "Invalid"]),
    );
    return new FilesApiError(res.status, detail.map((d) => d.msg).join(" "), fields);
  }
  return new FilesApiError(res.status, `${fallback} (HTTP ${res.status})`);
}

export async function filesFetch<T>(organizationId: string, path: string, init: RequestInit & { fallback: string }): Promise<T> {
  const { fallback, headers, ...rest } = init;
  const res = await fetch(path, {
    ...rest,
    headers: { "Polar-Organization": organizationId, ...(rest.body ? { "Content-Type": "application/json" } : {}), ...headers },
  }).catch((err: unknown) => {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new FilesApiError(0, `${fallback}: the server could not be reached`);
  });
  if (!res.ok) throw await apiError(res, fallback);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export const listFiles = (organizationId: string, page = 1, limit = 100) =>
  filesFetch<{ items: FileRead[]; pagination: { total_count: number; max_page: number } }>(
    organizationId,
    `/v1/files/?page=${page}&limit=${limit}`,
    { fallback: "Could not load files" },
  );

export const getFile = (organizationId: string, id: string) =>
  filesFetch<FileRead>(organizationId, `/v1/files/${id}`, { fallback: "Could not load the file" });

export const updateFile = (organizationId: string, id: string, body: { name?: string; version?: string | null }) =>
  filesFetch<FileRead>(organizationId, `/v1/files/${id}`, { method: "PATCH", body: JSON.stringify(body), fallback: "Could not save" });

export const deleteFile = (organizationId: string, id: string) =>
  filesFetch<void>(organizationId, `/v1/files/${id}`, { method: "DELETE", fallback: "Could not delete" });

export const listFileDownloads = (organizationId: string, id: string) =>
  filesFetch<{ items: FileDownloadStat[]; pagination: { total_count: number } }>(organizationId, `/v1/files/${id}/downloads?limit=100`, { fallback: "Could not load downloads" });

/** Where the merchant downloads their own file (the server checks the session). */
export const fileDownloadHref = (organizationId: string, id: string) =>
  `/v1/files/${id}/download?organization_id=${encodeURIComponent(organizationId)}`;
