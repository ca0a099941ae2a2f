type MetadataValue = string | number | boolean;
type MetadataCondition = { OR: { metadata: { path: string[]; equals: MetadataValue } }[] };

const KEY = /^metadata\[(.+)\]$/;

/**
 * Polar's metadata filter, `?metadata[key]=value` (repeat a key to accept several values): every
 * key must match one of its values. Query strings carry only text, so "5" also matches the number
 * 5 and "true" the boolean, as Polar compares the stored value as text.
 */
export function metadataFilter(req: Request): MetadataCondition[] {
  const params = new URL(req.url).searchParams;
  const conditions: MetadataCondition[] = [];
  for (const param of new Set(params.keys())) {
    const key = KEY.exec(param)?.[1];
    if (!key) continue;
    const candidates = params.getAll(param).flatMap(asStoredValues);
    conditions.push({ OR: candidates.map((equals) => ({ metadata: { path: [key], equals } })) });
  }
  return conditions;
}

function asStoredValues(raw: string): MetadataValue[] {
  const values: MetadataValue[] = [raw];
  if (raw.trim() !== "" && Number.isFinite(Number(raw))) values.push(Number(raw));
  if (raw === "true" || raw === "false") values.push(raw === "true");
  return values;
}
