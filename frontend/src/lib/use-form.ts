import { useCallback, useRef, useState, type FormEvent } from 'react';
import { validateAll, type Validator } from './validation';

/**
 * Form state with validation before sending: `handleSubmit` runs the rules, shows the errors and
 * moves focus to the first invalid field; only a valid form reaches `onValid`.
 */
export function useForm<K extends string>(initial: Record<K, string>, rules: Partial<Record<K, Validator>>) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const setValue = useCallback((key: K, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    // An edited field loses its stale error; it is checked again on submit.
    setErrors((e) => {
      if (!(key in e)) return e;
      const next = { ...e };
      delete next[key];
      return next;
    });
  }, []);

  const handleSubmit = (onValid: (values: Record<K, string>) => void, extra?: (values: Record<K, string>) => Partial<Record<K, string>>) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const found = { ...validateAll(values, rules), ...(extra?.(values) ?? {}) };
      setErrors(found);
      const firstInvalid = (Object.keys(initial) as K[]).find((key) => found[key] !== undefined);
      if (firstInvalid !== undefined) {
        formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
        return;
      }
      onValid(values);
    };

  const reset = useCallback(() => {
    setValues(initial);
    setErrors({});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { values, errors, setValue, handleSubmit, reset, formRef };
}
