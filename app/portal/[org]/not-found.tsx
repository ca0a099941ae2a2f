import { PortalMessage } from "@/components/portal/portal-frame";

// Shown (with a 404) for an expired or unknown link, a session that ran out, or no sign-in at all:
// the customer's next step is the same in every case.
export default function PortalNotFound() {
  return (
    <PortalMessage title="This link has expired">
      <p>Portal links work for a limited time. Ask the merchant for a new one — it signs you straight back in.</p>
    </PortalMessage>
  );
}
