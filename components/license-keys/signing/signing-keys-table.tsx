import { formatDate } from "@/components/settings/format-date";
import { Badge, Card } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";

/** Every published key: the newest signs, the others stay so tokens they signed keep verifying. */
export function SigningKeysTable({ keys }: { keys: { kid: string; createdAt: Date; isSigning: boolean }[] }) {
  return (
    <Card className="space-y-3">
      <div>
        <h2 className="text-sm font-semibold text-gray-900">Published keys</h2>
        <p className="mt-1 text-sm text-gray-600">
          A token names its key in the <code className="font-mono text-xs">kid</code> header. Keys replaced by a rotation stay published
          so the tokens they signed keep verifying until they expire.
        </p>
      </div>
      <Table>
        <thead>
          <tr>
            <Th>Key id (kid)</Th>
            <Th>Created</Th>
            <Th>Use</Th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <Tr key={k.kid} data-testid="signing-key-row">
              <Td>
                <code className="font-mono text-xs text-gray-900">{k.kid}</code>
              </Td>
              <Td className="whitespace-nowrap text-gray-600">{formatDate(k.createdAt)}</Td>
              <Td>{k.isSigning ? <Badge tone="green">Signing</Badge> : <Badge>Verify only</Badge>}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
