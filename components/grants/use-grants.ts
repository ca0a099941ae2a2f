"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { GRANTS_LIMIT, type GrantsQuery } from "@/components/grants/grants-query";
import type { GrantResponse } from "@/lib/grants/serialize-grant";

const POLL_MS = 1_000;
const WATCH_MS = 15_000;

/**
 * Until when panels keep polling after a change made on this page. A grant being taken back
 * still reads `granted` until the engine has revoked it (the API does not expose its target), so
 * "nothing pending" alone would stop polling too early after a revoke.
 */
let watchUntil = 0;

async function fetchGrants(organizationId: string, query: GrantsQuery): Promise<GrantResponse[]> {
  const params = new URLSearchParams({ ...query, limit: String(GRANTS_LIMIT), sorting: "-created_at" });
  const res = await fetch(`/v1/benefit-grants/?${params}`, { headers: { "Polar-Organization": organizationId } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { detail?: unknown } | null;
    throw new Error(typeof body?.detail === "string" ? body.detail : `Could not load grants (${res.status})`);
  }
  return ((await res.json()) as { items: GrantResponse[] }).items;
}

/**
 * The grants of a customer or benefit, kept fresh: polled every second while any is pending
 * (the engine delivers within milliseconds to seconds) and for a while after a change made here.
 */
export function useGrants(organizationId: string, query: GrantsQuery, initial: GrantResponse[]) {
  return useQuery({
    queryKey: ["grants", organizationId, query],
    queryFn: () => fetchGrants(organizationId, query),
    initialData: initial,
    // The server rendered `initial` just now; refetch on mount anyway in case the cache is older.
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.some((g) => g.status === "pending") || Date.now() < watchUntil ? POLL_MS : false),
  });
}

/** After a purchase or grant change: reload every grants panel and keep polling for a while. */
export function useRefreshGrants() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    watchUntil = Date.now() + WATCH_MS;
    return queryClient.invalidateQueries({ queryKey: ["grants"] });
  }, [queryClient]);
}
