import type { FormInstance } from 'antd';
import { ApiError } from './api-error';

/** `body.items[0].title` → `['items', 0, 'title']`: the antd form name of the field the API names. */
export function fieldNameOf(path: string): (string | number)[] | undefined {
  if (!path.startsWith('body.')) return undefined;
  return path
    .slice(5)
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows a problem+json answer's invalid fields on the form's own fields (in the API's Chinese). Returns whether
 * any field was marked; the caller shows the rest (a conflict, a refusal) above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = error.problem.invalidParams.flatMap((p) => {
    const name = fieldNameOf(p.path);
    return name ? [{ name, errors: [p.message] }] : [];
  });
  if (fields.length > 0) form.setFields(fields);
  return fields.length > 0;
}
