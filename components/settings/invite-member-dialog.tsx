"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { inviteMemberAction } from "@/app/dashboard/[org]/settings/members/actions";
import { applyActionErrors } from "@/components/ui/action-errors";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { inviteMemberInput } from "@/lib/organizations/member-input";
import { MEMBERSHIP_ROLES, ROLE_DESCRIPTIONS, memberChangeRefusal } from "@/lib/organizations/member-rules";

/** "Invite member": adds someone who already has a Benefactor account, with a role. */
export function InviteMemberDialog({ slug, actorRole }: { slug: string; actorRole: MembershipRole }) {
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(inviteMemberInput), defaultValues: { email: "", role: "member" as MembershipRole } });
  const role = watch("role");
  const roleOptions = MEMBERSHIP_ROLES.map((r) => ({
    value: r,
    label: r[0].toUpperCase() + r.slice(1),
    disabled: memberChangeRefusal(actorRole, { kind: "invite", role: r }, Infinity) !== null,
  }));

  const onSubmit = handleSubmit(async (values) => {
    const result = await inviteMemberAction(slug, values);
    if (!result.ok) return applyActionErrors(result.errors, setError, ["email", "role"]);
    toast({ title: "Member added", description: `${result.data.email} joined as ${result.data.role}.` });
    setIsOpen(false);
    reset();
  });

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (!open) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>Invite member</Button>
      </DialogTrigger>
      <DialogContent
        title="Invite member"
        description="Add a teammate who already has a Benefactor account. They get access right away; no email is sent."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <FormError message={errors.root?.server?.message} />
          <FormField label="Email" hint="The email address they sign in with." error={errors.email?.message}>
            <Input type="email" autoComplete="off" placeholder="teammate@example.com" {...register("email")} />
          </FormField>
          <Controller
            control={control}
            name="role"
            render={({ field }) => (
              <FormField label="Role" hint={ROLE_DESCRIPTIONS[role]} error={errors.role?.message}>
                <Select name={field.name} value={field.value} onValueChange={field.onChange} options={roleOptions} />
              </FormField>
            )}
          />
          <div className="flex justify-end gap-2 pt-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" isLoading={isSubmitting}>
              {isSubmitting ? "Adding…" : "Add member"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
