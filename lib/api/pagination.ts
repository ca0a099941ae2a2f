import { z } from "zod";

export const paginationQuery = {
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(10),
};

export type Page = { page: number; limit: number };

export function pageArgs({ page, limit }: Page): { skip: number; take: number } {
  return { skip: (page - 1) * limit, take: limit };
}

/** Polar's list envelope. */
export function listResponse<T>(items: T[], totalCount: number, { limit }: Page) {
  return { items, pagination: { total_count: totalCount, max_page: Math.ceil(totalCount / limit) } };
}
