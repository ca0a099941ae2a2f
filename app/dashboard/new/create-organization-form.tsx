"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, type ChangeEvent } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/ui/action-errors";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { createOrganizationInput } from "@/lib/organizations/create-organization";
import { slugify } from "@/lib/organizations/slug";
import { createOrganizationAction } from "./actions";

export function CreateOrganizationForm() {
  const router = useRouter();
  const toast = useToast();
  // The slug follows the name until the merchant edits it; clearing it hands it back to the name.
  const isSlugEdited = useRef(false);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm({ resolver: zodResolver(createOrganizationInput), defaultValues: { name: "", slug: "" } });
  const slug = watch("slug");

  const onSubmit = handleSubmit(async (values) => {
    const result = await createOrganizationAction(values);
    if (!result.ok) return applyActionErrors(result.errors, setError, ["name", "slug"]);
    toast({ title: `${result.data.name} is ready`, description: "Next: create your first benefit." });
    router.push(`/dashboard/${result.data.slug}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={errors.root?.server?.message} />
      <FormField label="Organization name" hint="Your store or company, as customers know it." error={errors.name?.message}>
        <Input
          autoFocus
          placeholder="Acme Inc."
          {...register("name", {
            onChange: (e: ChangeEvent<HTMLInputElement>) => {
              if (!isSlugEdited.current) setValue("slug", slugify(e.target.value));
            },
          })}
        />
      </FormField>
      <FormField
        label="Slug"
        hint={`Your dashboard's address: /dashboard/${slug || "your-slug"}. It cannot be changed later.`}
        error={errors.slug?.message}
      >
        <Input
          placeholder="acme-inc"
          autoCapitalize="none"
          spellCheck={false}
          {...register("slug", {
            onChange: (e: ChangeEvent<HTMLInputElement>) => {
              isSlugEdited.current = e.target.value !== "";
            },
          })}
        />
      </FormField>
      <Button type="submit" className="w-full" isLoading={isSubmitting || isSubmitSuccessful}>
        {isSubmitting || isSubmitSuccessful ? "Creating…" : "Create organization"}
      </Button>
    </form>
  );
}
