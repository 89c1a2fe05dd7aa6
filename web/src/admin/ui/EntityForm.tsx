import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/ui/states';

export type FieldValue = string | boolean | string[];
export type Values = Record<string, FieldValue>;

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'textarea' | 'select' | 'checkbox' | 'checkboxes' | 'json';
  options?: Array<{ value: string; label: string }>;
  required?: boolean;
  hint?: string;
}

function Input({ field, value, onChange }: { field: FieldSpec; value: FieldValue; onChange: (v: FieldValue) => void }) {
  const { t } = useTranslation('admin');
  const id = `f-${field.name}`;
  const type = field.type ?? 'text';
  if (type === 'checkbox') {
    return (
      <label className="row" style={{ fontWeight: 400 }}>
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        {field.label}
      </label>
    );
  }
  if (type === 'checkboxes') {
    const picked = Array.isArray(value) ? value : [];
    return (
      <fieldset>
        <legend style={{ fontSize: '0.95rem' }}>{field.label}</legend>
        <div className="row">
          {(field.options ?? []).map((o) => (
            <label key={o.value} className="row" style={{ fontWeight: 400, gap: 0 }}>
              <input type="checkbox" checked={picked.includes(o.value)} onChange={(e) => onChange(e.target.checked ? [...picked, o.value] : picked.filter((v) => v !== o.value))} />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const label = <label htmlFor={id}>{field.label}</label>;
  const text = typeof value === 'string' ? value : '';
  let input;
  if (type === 'select') {
    input = (
      <select id={id} required={field.required} value={text} onChange={(e) => onChange(e.target.value)}>
        {!field.required && <option value="">{t('common:none')}</option>}
        {field.required && text === '' && <option value="">{t('form.choose')}</option>}
        {(field.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (type === 'textarea' || type === 'json') {
    input = <textarea id={id} required={field.required} value={text} onChange={(e) => onChange(e.target.value)} spellCheck={type !== 'json'} style={type === 'json' ? { fontFamily: 'monospace' } : undefined} />;
  } else {
    input = <input id={id} type={type} required={field.required} value={text} onChange={(e) => onChange(e.target.value)} autoComplete={type === 'password' ? 'new-password' : 'off'} />;
  }
  return (
    <>
      {label}
      {input}
    </>
  );
}

/**
 * A form from a list of fields: used for every create and edit screen of the admin. The page turns
 * the values into the API's body (`onSubmit`), so the form itself knows nothing of any resource.
 */
export function EntityForm(props: {
  title: string;
  fields: FieldSpec[];
  initial: Values;
  onSubmit: (values: Values) => void;
  onCancel?: () => void;
  pending: boolean;
  error: unknown;
  submitLabel?: string;
}) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState<Values>(props.initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(values);
  };
  return (
    <form className="card" onSubmit={submit} aria-label={props.title}>
      <h2>{props.title}</h2>
      <div className="grid-2">
        {props.fields.map((field) => (
          <div key={field.name} className="field" style={field.type === 'textarea' || field.type === 'json' ? { gridColumn: '1 / -1' } : undefined}>
            <Input field={field} value={values[field.name] ?? ''} onChange={(v) => setValues((old) => ({ ...old, [field.name]: v }))} />
            {field.hint && <p className="hint">{field.hint}</p>}
          </div>
        ))}
      </div>
      <FormError error={props.error} />
      <div className="row">
        <button className="primary" type="submit" disabled={props.pending}>
          {props.pending ? t('common:saving') : (props.submitLabel ?? t('common:save'))}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('common:cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** "a, b ,c" → ["a","b","c"] */
export const splitList = (v: FieldValue | undefined): string[] =>
  (typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : []).map((s) => s.trim()).filter(Boolean);

/** Parses a JSON field; an empty field is `fallback`. Throws a readable error on bad JSON. */
export function parseJson(v: FieldValue | undefined, label: string, fallback: unknown = undefined): unknown {
  const text = typeof v === 'string' ? v.trim() : '';
  if (!text) return fallback;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${label}: not valid JSON`);
  }
}
