"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { createTokenAction } from "@/app/dashboard/[org]/settings/tokens/actions";
import { applyActionErrors } from "@/components/ui/action-errors";
import { FormError } from "@/components/ui/form-error";
import { NewTokenReveal } from "@/components/settings/new-token-reveal";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { TOKEN_EXPIRY_OPTIONS, createAccessTokenInput, type CreateAccessTokenInput } from "@/lib/organizations/access-token-input";

const DEFAULTS: CreateAccessTokenInput = { name: "", expiresIn: "never" };

/** "Create token": a name and an expiry, then the token itself, shown this once. */
export function CreateTokenDialog({ slug }: { slug: string }) {
  const toast = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(createAccessTokenInput), defaultValues: DEFAULTS });

  const onSubmit = handleSubmit(async (values) => {
    const result = await createTokenAction(slug, values);
    if (!result.ok) return applyActionErrors(result.errors, setError, ["name", "expiresIn"]);
    setCreated(result.data);
    toast({ title: "Token created", description: "Copy it now: it is shown only once." });
  });

  const onOpenChange = (open: boolean) => {
    setIsOpen(open);
    // Closing forgets the token: it cannot be shown again.
    if (!open) {
      setCreated(null);
      reset(DEFAULTS);
    }
  };

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>Create token</Button>
      </DialogTrigger>
      {created ? (
        <DialogContent title={`Your new token “${created.name}”`} isDismissible={false}>
          <NewTokenReveal token={created.token} onDone={() => onOpenChange(false)} />
        </DialogContent>
      ) : (
        <DialogContent title="Create an API token" description="The token can read and change everything in this organization through the API.">
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <FormError message={errors.root?.server?.message} />
            <FormField label="Name" hint="Where it is used, e.g. “Billing webhook” or “CI”." error={errors.name?.message}>
              <Input autoComplete="off" {...register("name")} />
            </FormField>
            <Controller
              control={control}
              name="expiresIn"
              render={({ field }) => (
                <FormField label="Expires" error={errors.expiresIn?.message}>
                  <Select name={field.name} value={field.value} onValueChange={field.onChange} options={[...TOKEN_EXPIRY_OPTIONS]} />
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
                {isSubmitting ? "Creating…" : "Create token"}
              </Button>
            </div>
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
