"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { signInAction } from "@/app/(auth)/actions";
import { applyActionErrors } from "@/components/ui/action-errors";
import { FormError } from "@/components/ui/form-error";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signInInput } from "@/lib/users/sign-in-input";

export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError?: string }) {
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    setFocus,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm({ resolver: zodResolver(signInInput), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await signInAction(values, callbackPath);
    // On success the action redirects and this never runs with ok.
    if (result && !result.ok) {
      resetField("password");
      setFocus("password");
      applyActionErrors(result.errors, setError, []);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormError message={errors.root?.server?.message ?? (isSubmitted ? undefined : initialError)} />
      <FormField label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" autoFocus {...register("email")} />
      </FormField>
      <FormField label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...register("password")} />
      </FormField>
      <Button type="submit" className="w-full" isLoading={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
