import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts a server action's messages on the form: a message for a known field goes beside that
 * field, anything else (key "" or an unknown field) becomes the form's own error, `root.server`.
 */
export function applyActionErrors<T extends FieldValues>(
  errors: Record<string, string>,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): void {
  const formMessages: string[] = [];
  let isFirst = true;
  for (const [key, message] of Object.entries(errors)) {
    if ((fields as readonly string[]).includes(key)) {
      setError(key as Path<T>, { type: "server", message }, { shouldFocus: isFirst });
      isFirst = false;
    } else {
      formMessages.push(message);
    }
  }
  if (formMessages.length) setError("root.server", { type: "server", message: formMessages.join(" ") });
}
