import { LICENSE_KEY_STATUS } from "@/components/license-keys/license-key-format";
import { Badge } from "@/components/ui/misc";
import type { LicenseKeyStatus } from "@/lib/generated/prisma/enums";

export function LicenseKeyStatusBadge({ status }: { status: LicenseKeyStatus }) {
  const { label, tone } = LICENSE_KEY_STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
