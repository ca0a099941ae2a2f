import { DeactivateActivationButton } from "@/components/portal/deactivate-activation-button";
import { formatDay } from "@/components/portal/format";
import { RevealableSecret } from "@/components/ui/revealable-secret";
import { Badge } from "@/components/ui/misc";
import type { ReactNode } from "react";
import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

const KEY_STATUS = {
  granted: { label: "Active", tone: "green" },
  disabled: { label: "Disabled by the merchant", tone: "red" },
  revoked: { label: "Revoked", tone: "gray" },
} as const;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-gray-500">{term}</dt>
      <dd className="mt-0.5 text-sm text-gray-900">{children}</dd>
    </div>
  );
}

export function LicenseKeysBenefit({ item, organizationSlug }: { item: PortalBenefit<"license_keys">; organizationSlug: string }) {
  const key = item.licenseKey;
  if (!key) return <p className="text-sm text-gray-700">Your key is being issued: reload the page in a moment.</p>;
  const status = KEY_STATUS[key.status];
  const { isExpired } = key;
  const slots = key.limitActivations === null ? `${key.activations.length}` : `${key.activations.length} of ${key.limitActivations}`;

  return (
    <div className="space-y-4">
      <RevealableSecret value={key.key} masked={key.displayKey} testId="license-key" />
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
        <Fact term="Status">
          <Badge tone={isExpired ? "gray" : status.tone}>{isExpired ? "Expired" : status.label}</Badge>
        </Fact>
        <Fact term={isExpired ? "Expired" : "Expires"}>{formatDay(key.expiresAt, "Never")}</Fact>
        <Fact term="Usage">{key.limitUsage === null ? `${key.usage} (no limit)` : `${key.usage} of ${key.limitUsage}`}</Fact>
        <Fact term="Validations">
          {key.validations}
          {key.lastValidatedAt && <span className="block text-xs text-gray-500">last {formatDay(key.lastValidatedAt)}</span>}
        </Fact>
      </dl>

      <section aria-label="Activations">
        <h4 className="text-sm font-medium text-gray-900">
          Activations <span className="font-normal text-gray-500">({slots} used)</span>
        </h4>
        {key.activations.length === 0 ? (
          <p className="mt-1 text-sm text-gray-600">Not activated on any device yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
            {key.activations.map((a) => (
              <li key={a.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-gray-900">{a.label}</p>
                  <p className="text-xs text-gray-500">Activated {formatDay(a.createdAt)}</p>
                </div>
                {key.canManageActivations && <DeactivateActivationButton slug={organizationSlug} licenseKeyId={key.id} activation={a} />}
              </li>
            ))}
          </ul>
        )}
        {!key.canManageActivations && key.activations.length > 0 && (
          <p className="mt-2 text-xs text-gray-500">To move this key to another device, ask the merchant to free an activation.</p>
        )}
      </section>
    </div>
  );
}
