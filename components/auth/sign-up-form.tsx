"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { signUpAction } from "@/app/(auth)/actions";
import { applyActionErrors } from "@/components/ui/action-errors";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signUpInput } from "@/lib/users/sign-up-input";

export function SignUpForm() {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(signUpInput), defaultValues: { name: "", email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await signUpAction(values);
    // On success the action signs in and redirects to the dashboard.
    if (result && !result.ok) applyActionErrors(result.errors, setError, ["name", "email", "password"]);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormError message={errors.root?.server?.message} />
      <FormField label="Name" hint="Optional. Teammates see it in the members list." error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...register("name")} />
      </FormField>
      <FormField label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...register("email")} />
      </FormField>
      <FormField label="Password" hint="At least 8 characters." error={errors.password?.message}>
        <Input type="password" autoComplete="new-password" {...register("password")} />
      </FormField>
      <Button type="submit" className="w-full" isLoading={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
