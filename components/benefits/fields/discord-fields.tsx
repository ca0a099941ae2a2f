"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { listDiscordGuildsAction, listDiscordRolesAction } from "@/app/dashboard/[org]/integrations/discord/actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { useBenefitForm, useFieldError } from "../form-context";
import { Section } from "./section";

const MAX_ROLES = 25;

type RoleOption = { id: string; name: string; assignable: boolean; reason: string | null };

function RoleRow({ index, count, roles, onRemove }: { index: number; count: number; roles: RoleOption[] | null; onRemove: () => void }) {
  const { register, watch, setValue } = useBenefitForm();
  const base = `properties.roles.${index}` as const;
  const roleError = useFieldError(`${base}.role_id`);
  const nameError = useFieldError(`${base}.name`);
  const which = count > 1 ? <span className="sr-only"> (role {index + 1})</span> : null;
  const roleId = watch(`${base}.role_id`);
  const chosen = roles?.find((r) => r.id === roleId);
  const options: SelectOption[] = (roles ?? []).map((r) => ({ value: r.id, label: r.assignable ? r.name : `${r.name} — ${r.reason}`, disabled: !r.assignable }));
  return (
    <div className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
      {roles ? (
        <FormField label={<>Role{which}</>} error={roleError} hint={chosen ? `ID ${chosen.id}` : undefined}>
          <Select
            value={roleId || undefined}
            onValueChange={(v) => {
              setValue(`${base}.role_id`, v, { shouldDirty: true, shouldValidate: true });
              setValue(`${base}.name`, roles.find((r) => r.id === v)?.name ?? "", { shouldDirty: true });
            }}
            options={options}
            placeholder="Pick a role"
            aria-label={`Role ${index + 1}`}
          />
        </FormField>
      ) : (
        <FormField label={<>Role ID{which}</>} error={roleError}>
          <Input {...register(`${base}.role_id`)} inputMode="numeric" placeholder="987654321098765432" autoComplete="off" />
        </FormField>
      )}
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

/** Server and role pickers fed by Discord through the bot; a plain ID input when Discord cannot be asked. */
export function DiscordFields() {
  const { register, control, watch, setValue } = useBenefitForm();
  const slug = String(useParams<{ org: string }>().org);
  const { fields, append, remove } = useFieldArray({ control, name: "properties.roles" });
  const guildError = useFieldError("properties.guild_id");
  const rolesError = useFieldError("properties.roles");
  const guildId = watch("properties.guild_id");
  const guilds = useQuery({ queryKey: ["discord-guilds", slug], queryFn: () => listDiscordGuildsAction(slug) });
  const guildList = guilds.data?.ok && guilds.data.data.isConfigured ? guilds.data.data.guilds : null;
  const roles = useQuery({
    queryKey: ["discord-roles", slug, guildId],
    queryFn: () => listDiscordRolesAction(slug, guildId),
    enabled: guildList !== null && /^\d{15,25}$/.test(guildId ?? ""),
  });
  const roleList = roles.data?.ok && roles.data.data ? roles.data.data.items : null;
  const rolesProblem = roles.data && !roles.data.ok ? Object.values(roles.data.errors)[0] : null;
  const integrationsHref = `/dashboard/${slug}/integrations`;

  return (
    <>
      {guildList && guildList.length > 0 ? (
        <FormField label="Server" error={guildError} hint="Servers the Benefactor bot was added to from Integrations." className="max-w-md">
          <Select
            value={guildId || undefined}
            onValueChange={(v) => setValue("properties.guild_id", v, { shouldDirty: true, shouldValidate: true })}
            options={guildList.map((g) => ({ value: g.guild_id, label: g.name ?? g.guild_id }))}
            placeholder="Pick a server"
            aria-label="Server"
          />
        </FormField>
      ) : (
        <FormField
          label="Server (guild) ID"
          error={guildError}
          hint={
            guildList ? (
              <>
                No server connected yet: <Link className="underline" href={integrationsHref}>add the bot to your server</Link> first.
              </>
            ) : (
              "In Discord, turn on Developer Mode, right-click your server and choose “Copy Server ID”."
            )
          }
          className="max-w-md"
        >
          <Input {...register("properties.guild_id")} inputMode="numeric" placeholder="123456789012345678" autoComplete="off" />
        </FormField>
      )}
      <Section
        legend="Roles"
        description={
          roleList
            ? "Customers connect their Discord account in the portal, join the server and receive these roles. Roles the bot cannot assign are shown with the reason."
            : "Customers connect their Discord account in the portal, join the server and receive these roles. Right-click a role in Server Settings → Roles to copy its ID."
        }
        error={rolesError ?? rolesProblem ?? undefined}
      >
        {fields.map((field, index) => (
          <RoleRow key={field.id} index={index} count={fields.length} roles={roleList} onRemove={() => remove(index)} />
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
