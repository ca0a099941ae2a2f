import { MarkdownNote } from "@/components/portal/markdown-note";
import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

export function CustomBenefit({ item }: { item: PortalBenefit<"custom"> }) {
  // The note the grant delivered; the benefit's own when the grant predates keeping it.
  const note = item.grantedNote ?? item.benefit.properties.note;
  if (!note?.trim()) return <p className="text-sm text-gray-600">You have this benefit. The merchant left no instructions.</p>;
  return <MarkdownNote markdown={note} />;
}
