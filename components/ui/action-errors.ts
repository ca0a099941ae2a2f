import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts a server action's messages on the form: a message whose key maps to a field goes beside
 * that field (the first one gets focus); anything else (key "" or an unknown field) becomes the
 * form's own error, `root.server`. `fields` lists the form's field names, or maps an API field
 * name ("properties.prefix") to the form field that shows it.
 */
export function applyActionErrors<T extends FieldValues>(
  errors: Record<string, string>,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[] | ((key: string) => Path<T> | null),
): void {
  const fieldFor =
    typeof fields === "function" ? fields : (key: string) => ((fields as readonly string[]).includes(key) ? (key as Path<T>) : null);
  const formMessages: string[] = [];
  let isFirst = true;
  for (const [key, message] of Object.entries(errors)) {
    const field = key === "" ? null : fieldFor(key);
    if (field) {
      setError(field, { type: "server", message }, { shouldFocus: isFirst });
      isFirst = false;
    } else {
      formMessages.push(message);
    }
  }
  if (formMessages.length) setError("root.server" as Path<T>, { type: "server", message: formMessages.join(" ") });
}
