import { formatDate } from "@/components/settings/format-date";
import { RevokeTokenDialog } from "@/components/settings/revoke-token-dialog";
import { Badge } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export type TokenRow = {
  id: string;
  name: string;
  lastChars: string;
  created: string;
  lastUsed: string;
  expires: string;
  isExpired: boolean;
};

type TokenRecord = { id: string; name: string; lastChars: string; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null };

/** Shapes tokens for the table (dates formatted on the server). */
export function toTokenRows(tokens: TokenRecord[], now = new Date()): TokenRow[] {
  return tokens.map((t) => ({
    id: t.id,
    name: t.name,
    lastChars: t.lastChars,
    created: formatDate(t.createdAt),
    lastUsed: formatDate(t.lastUsedAt, "Never"),
    expires: formatDate(t.expiresAt, "Never"),
    isExpired: t.expiresAt !== null && t.expiresAt <= now,
  }));
}

/** The organization's live tokens: never the value, only its last four characters. */
export function TokensTable({ slug, tokens }: { slug: string; tokens: TokenRow[] }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Token</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Expires</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((t) => (
          <Tr key={t.id}>
            <Td className="font-medium">{t.name}</Td>
            <Td>
              <code className="font-mono text-xs text-gray-600" aria-label={`ending in ${t.lastChars}`}>
                …{t.lastChars}
              </code>
            </Td>
            <Td className="whitespace-nowrap text-gray-600">{t.created}</Td>
            <Td className="whitespace-nowrap text-gray-600">{t.lastUsed}</Td>
            <Td className="whitespace-nowrap text-gray-600">{t.isExpired ? <Badge tone="red">Expired {t.expires}</Badge> : t.expires}</Td>
            <Td className="text-right">
              <RevokeTokenDialog slug={slug} token={t} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
