import type { ReactNode } from "react";
import { formatDate } from "@/components/settings/format-date";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { Card } from "@/components/ui/misc";

type CurrentKey = { kid: string; kty: string; crv: string; x: string; alg: string; use: string; pem: string; createdAt: Date };

/** What an app needs to verify tokens: where the keys are published, the issuer to pin, the key itself. */
export function SigningKeyDetails({
  jwksUrl,
  organizationId,
  issuer,
  current,
}: {
  jwksUrl: string;
  organizationId: string;
  issuer: string;
  current: CurrentKey;
}) {
  const { pem, createdAt, ...jwk } = current;
  return (
    <>
      <Card className="space-y-4">
        <Section title="JWKS URL" hint="Public, no token needed. Fetch it at runtime or bundle a copy with your app; it lists every key, old ones included.">
          <CopyableSecret value={jwksUrl} noun="URL" testId="jwks-url" />
        </Section>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-gray-600">
              Issuer (<code className="font-mono text-xs">iss</code>) to require
            </dt>
            <dd className="mt-0.5 font-mono text-xs text-gray-900" data-testid="token-issuer">
              {issuer}
            </dd>
          </div>
          <div>
            <dt className="text-gray-600">Organization id</dt>
            <dd className="mt-0.5 font-mono text-xs text-gray-900">{organizationId}</dd>
          </div>
        </dl>
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-sm font-semibold text-gray-900">Current signing key</h2>
          <p className="mt-1 text-sm text-gray-600">
            Key id <code className="font-mono text-xs" data-testid="current-kid">{jwk.kid}</code>, created {formatDate(createdAt)}. New
            tokens are signed with it (algorithm EdDSA, curve Ed25519).
          </p>
        </div>
        {/* Keep the line breaks of the JSON and the PEM: the PEM is invalid on one line. */}
        <div className="space-y-4 [&_code]:whitespace-pre-wrap">
          <Section title="Public key (JWK)">
            <CopyableSecret value={JSON.stringify(jwk, null, 2)} noun="key" testId="current-jwk" />
          </Section>
          <Section title="Public key (PEM)" hint="For libraries that take PEM (PyJWT, openssl).">
            <CopyableSecret value={pem} noun="key" testId="current-pem" />
          </Section>
        </div>
      </Card>
    </>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <section className="space-y-1.5">
      <h2 className="text-sm font-semibold text-gray-900">{title}</h2>
      {hint && <p className="text-xs text-gray-600">{hint}</p>}
      {children}
    </section>
  );
}
