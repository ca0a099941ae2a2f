import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

export function DownloadablesBenefit({ item }: { item: PortalBenefit<"downloadables"> }) {
  const count = item.benefit.properties.active_files.length;
  return (
    <p className="text-sm text-gray-700">
      {count === 1 ? "1 file" : `${count} files`} to download. Download links will appear here.
    </p>
  );
}
