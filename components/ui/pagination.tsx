import Link from "next/link";

/** "Showing 51–100 of 240 benefits" with Previous / Next links; renders nothing for one page. */
export function Pagination({
  page,
  total,
  pageSize,
  href,
  noun,
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
  noun: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = "rounded-md px-3 py-1.5 font-medium ring-1 ring-gray-300 hover:bg-gray-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-gray-600">
      <p>
        Showing {first}–{last} of {total} {noun}s
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={href(page - 1)} className={link}>
            Previous
          </Link>
        )}
        {page < pages && (
          <Link href={href(page + 1)} className={link}>
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}
