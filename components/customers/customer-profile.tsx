import type { ReactNode } from "react";
import { Badge, Card } from "@/components/ui/misc";
import type { CustomerResponse } from "@/lib/customers/serialize-customer";

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const none = <span className="text-gray-400">Not set</span>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-gray-500 uppercase">{label}</dt>
      <dd className="mt-0.5 text-sm break-words text-gray-900">{children}</dd>
    </div>
  );
}

function address(a: NonNullable<CustomerResponse["billing_address"]>): string {
  return [a.line1, a.line2, [a.postal_code, a.city].filter(Boolean).join(" "), a.state, a.country].filter(Boolean).join(", ");
}

/** The customer's profile and metadata, read-only (the edit dialog changes them). */
export function CustomerProfile({ customer }: { customer: CustomerResponse }) {
  const metadata = Object.entries(customer.metadata);
  return (
    <Card>
      <h2 className="text-base font-semibold text-gray-900">Profile</h2>
      <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2">
        <Field label="Email">
          {customer.email}{" "}
          {customer.email_verified ? <Badge tone="green">Verified</Badge> : <Badge>Not verified</Badge>}
        </Field>
        <Field label="Name">{customer.name ?? none}</Field>
        <Field label="External ID">{customer.external_id ? <code className="font-mono text-xs">{customer.external_id}</code> : none}</Field>
        <Field label="Customer ID">
          <code className="font-mono text-xs">{customer.id}</code>
        </Field>
        <Field label="Billing address">{customer.billing_address ? address(customer.billing_address) : none}</Field>
        <Field label="Tax ID">{customer.tax_id?.[0] ?? none}</Field>
        <Field label="Locale">{customer.locale ?? none}</Field>
        <Field label="Created">{dateTime.format(new Date(customer.created_at))} UTC</Field>
      </dl>
      <h3 className="mt-6 text-sm font-semibold text-gray-900">Metadata</h3>
      {metadata.length === 0 ? (
        <p className="mt-1 text-sm text-gray-600">
          No metadata. Your billing system can attach key–value pairs through the API (<code>metadata</code> on{" "}
          <code>/v1/customers/</code>).
        </p>
      ) : (
        <dl className="mt-2 divide-y divide-gray-100 rounded-md text-sm ring-1 ring-gray-200">
          {metadata.map(([key, value]) => (
            <div key={key} className="grid grid-cols-[12rem_1fr] gap-3 px-3 py-2">
              <dt className="font-mono text-xs text-gray-600">{key}</dt>
              <dd className="font-mono text-xs break-all text-gray-900">{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
