"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { listFiles } from "./files-api";

export const filesQueryKey = (organizationId: string) => ["files", organizationId] as const;

/** One page of the organization's files (100 a page, newest first as the API lists them). */
export function useFiles(organizationId: string, page = 1) {
  return useQuery({
    queryKey: [...filesQueryKey(organizationId), "page", page],
    queryFn: () => listFiles(organizationId, page),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** Reload every list of this organization's files (after an upload, rename or delete). */
export function useRefreshFiles(organizationId: string) {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: filesQueryKey(organizationId) }), [queryClient, organizationId]);
}
