"use client";

import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useBenefitForm, useFieldError } from "../form-context";
import { Section } from "./section";

const MAX_ROLES = 25;

function RoleRow({ index, count, onRemove }: { index: number; count: number; onRemove: () => void }) {
  const { register } = useBenefitForm();
  const base = `properties.roles.${index}` as const;
  const roleError = useFieldError(`${base}.role_id`);
  const nameError = useFieldError(`${base}.name`);
  const which = count > 1 ? <span className="sr-only"> (role {index + 1})</span> : null;
  return (
    <div className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
      <FormField label={<>Role ID{which}</>} error={roleError}>
        <Input {...register(`${base}.role_id`)} inputMode="numeric" placeholder="987654321098765432" autoComplete="off" />
      </FormField>
      <FormField label={<>Role name{which}</>} error={nameError} hint={index === 0 ? "Optional, for your reference." : undefined}>
        <Input {...register(`${base}.name`)} placeholder="Premium" autoComplete="off" />
      </FormField>
      <div className="sm:pt-6">
        <Button type="button" variant="ghost" onClick={onRemove} disabled={count === 1} aria-label={`Remove role ${index + 1}`}>
          Remove
        </Button>
      </div>
    </div>
  );
}

export function DiscordFields() {
  const { register, control } = useBenefitForm();
  const { fields, append, remove } = useFieldArray({ control, name: "properties.roles" });
  const guildError = useFieldError("properties.guild_id");
  const rolesError = useFieldError("properties.roles");
  return (
    <>
      <FormField
        label="Server (guild) ID"
        error={guildError}
        hint="In Discord, turn on Developer Mode, right-click your server and choose “Copy Server ID”."
        className="max-w-md"
      >
        <Input {...register("properties.guild_id")} inputMode="numeric" placeholder="123456789012345678" autoComplete="off" />
      </FormField>
      <Section
        legend="Roles"
        description="Customers connect their Discord account in the portal, join the server and receive these roles. Right-click a role in Server Settings → Roles to copy its ID."
        error={rolesError}
      >
        {fields.map((field, index) => (
          <RoleRow key={field.id} index={index} count={fields.length} onRemove={() => remove(index)} />
        ))}
        <Button type="button" variant="secondary" size="sm" disabled={fields.length >= MAX_ROLES} onClick={() => append({ role_id: "", name: "" })}>
          + Add role
        </Button>
      </Section>
      <Checkbox
        {...register("properties.kick_member")}
        label="Kick member from the server on revoke"
        hint="Otherwise only the roles are removed and the customer stays in the server."
      />
    </>
  );
}
