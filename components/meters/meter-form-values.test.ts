import { expect, test } from "vitest";
import { createMeterBody } from "@/lib/meters/meter-input";
import { formFieldOf, formValueErrors, meterBodyFromValues, meterFormValues, type MeterFormValues } from "./meter-form-values";

const values: MeterFormValues = {
  name: "Tokens",
  conjunction: "or",
  clauses: [
    { field: "name", key: "", operator: "eq", value: "llm.call", valueType: "text" },
    { field: "metadata", key: "tokens", operator: "gte", value: "10", valueType: "number" },
    { field: "metadata", key: "cached", operator: "eq", value: "true", valueType: "boolean" },
  ],
  func: "sum",
  property: "tokens",
};

test("form values become Polar's filter and aggregation, and a stored meter comes back to the same values", () => {
  const body = meterBodyFromValues(values);
  expect(body).toEqual({
    name: "Tokens",
    filter: {
      conjunction: "or",
      clauses: [
        { property: "name", operator: "eq", value: "llm.call" },
        { property: "metadata.tokens", operator: "gte", value: 10 },
        { property: "metadata.cached", operator: "eq", value: true },
      ],
    },
    aggregation: { func: "sum", property: "metadata.tokens" },
  });
  const parsed = createMeterBody.parse(body);
  expect(meterFormValues(parsed)).toEqual(values);
});

test("the form refuses a number clause without a number and metadata without a key; API errors map onto its fields", () => {
  expect(formValueErrors(values)).toEqual({});
  const bad: MeterFormValues = {
    ...values,
    clauses: [{ field: "metadata", key: " ", operator: "gt", value: "ten", valueType: "number" }],
    property: "",
  };
  expect(formValueErrors(bad)).toEqual({
    "clauses.0.key": "Enter a metadata key",
    "clauses.0.value": "Enter a number",
    property: "Enter the numeric metadata field to aggregate",
  });
  expect(formFieldOf("filter.clauses.0.property")).toBe("clauses.0.key");
  expect(formFieldOf("aggregation.property")).toBe("property");
  expect(formFieldOf("metadata")).toBeNull();
});

test("a nested filter cannot be shown in the form", () => {
  const nested = createMeterBody.parse({
    name: "x",
    filter: { conjunction: "and", clauses: [{ conjunction: "or", clauses: [] }] },
    aggregation: { func: "count" },
  });
  expect(meterFormValues(nested)).toBeNull();
});
