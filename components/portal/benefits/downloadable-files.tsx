"use client";

import { useQuery } from "@tanstack/react-query";
import type { MouseEvent } from "react";
import { ChecksumCopy } from "@/components/ui/checksum-copy";

/** Polar's DownloadableRead, as GET /v1/customer-portal/downloadables/ returns it. */
export type PortalDownloadable = {
  id: string;
  benefit_id: string;
  file: {
    id: string;
    name: string;
    size: number;
    size_readable?: string;
    mime_type: string;
    version: string | null;
    checksum_sha256_hex: string | null;
    /** Benefactor: set on an older version the customer kept after the merchant replaced it. */
    replaced_by_id?: string | null;
    download: { url: string; headers: Record<string, string>; expires_at: string };
  };
};

type Page = { items: PortalDownloadable[]; pagination?: { max_page: number } };

// Links are refreshed this long before they expire, so a click never meets an expired one.
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

async function fetchDownloadables(organizationId: string): Promise<PortalDownloadable[]> {
  const all: PortalDownloadable[] = [];
  for (let page = 1; ; page += 1) {
    const res = await fetch(`/v1/customer-portal/downloadables/?page=${page}&limit=100`, { headers: { "Polar-Organization": organizationId } });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { detail?: unknown } | null;
      throw new Error(typeof body?.detail === "string" ? body.detail : `Could not load your downloads (HTTP ${res.status})`);
    }
    const body = (await res.json()) as Page | PortalDownloadable[];
    if (Array.isArray(body)) return body;
    all.push(...body.items);
    if (!body.pagination || page >= body.pagination.max_page) return all;
  }
}

const expiresAt = (d: PortalDownloadable) => new Date(d.file.download.expires_at).getTime();
const isExpiringSoon = (d: PortalDownloadable) => expiresAt(d) - Date.now() < 30_000;

/** The files of one downloadables benefit, each with a fresh signed download link. */
export function DownloadableFiles({ organizationId, benefitId }: { organizationId: string; benefitId: string }) {
  const query = useQuery({
    queryKey: ["portal-downloadables", organizationId],
    queryFn: () => fetchDownloadables(organizationId),
    staleTime: 60_000,
    refetchInterval: (q) => {
      const soonest = Math.min(...(q.state.data ?? []).map(expiresAt));
      return Number.isFinite(soonest) ? Math.max(10_000, soonest - Date.now() - REFRESH_MARGIN_MS) : false;
    },
  });

  if (query.isPending) return <p className="text-sm text-gray-600">Loading your files…</p>;
  if (query.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {query.error.message}
      </p>
    );
  }
  const files = query.data.filter((d) => d.benefit_id === benefitId);
  if (files.length === 0) return <p className="text-sm text-gray-700">No files to download yet. They appear here as soon as the merchant uploads them.</p>;

  // A link that expired while the page stayed open is fetched again before the download starts.
  const download = async (e: MouseEvent<HTMLAnchorElement>, d: PortalDownloadable) => {
    if (!isExpiringSoon(d)) return;
    e.preventDefault();
    const fresh = (await query.refetch()).data?.find((x) => x.id === d.id);
    if (fresh) window.location.assign(fresh.file.download.url);
  };

  return (
    <ul aria-label="Files" className="divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
      {files.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5" data-testid="portal-file">
          <div className="min-w-0 space-y-0.5">
            <p className="truncate text-sm font-medium text-gray-900">{d.file.name}</p>
            <p className="text-xs text-gray-500">
              {d.file.size_readable ?? `${d.file.size.toLocaleString("en-US")} bytes`}
              {d.file.version && ` · version ${d.file.version}`}
              {d.file.replaced_by_id && " · older version, kept from your earlier purchase"}
            </p>
            <p className="text-xs text-gray-500">
              SHA-256 <ChecksumCopy hex={d.file.checksum_sha256_hex} label={d.file.name} />
            </p>
          </div>
          <a
            href={d.file.download.url}
            onClick={(e) => download(e, d)}
            className="inline-flex h-9 items-center rounded-md bg-brand-600 px-3.5 text-sm font-medium text-white shadow-xs hover:bg-brand-700"
            aria-label={`Download ${d.file.name}`}
          >
            Download
          </a>
        </li>
      ))}
    </ul>
  );
}
