import { useTranslation } from 'react-i18next';
import type { IntakeField } from '../../shared/api/types';
import { FilePicker } from '../../shared/ui/FilePicker';

/** Known R41 keys have translated labels; other categories' questions show their own label. */
function useFieldLabel(field: IntakeField): string {
  const { t } = useTranslation('portal');
  return t(`intake.${field.key}`, { defaultValue: field.label });
}

/** One intake question (R41) as the input its type calls for. */
export function IntakeFieldInput(props: {
  field: IntakeField;
  value: string;
  files: File[];
  onChange: (value: string) => void;
  onFiles: (files: File[]) => void;
}) {
  const { field, value, onChange } = props;
  const { t } = useTranslation('portal');
  const label = useFieldLabel(field);
  const id = `intake-${field.key}`;
  const required = Boolean(field.required);
  const labelEl = (
    <label htmlFor={id}>
      {label}
      {!required && <span className="muted small"> ({t('flow.optional')})</span>}
    </label>
  );
  if (field.type === 'file') {
    return (
      <div className="field">
        <span style={{ fontWeight: 600, display: 'block', marginBottom: '0.25rem' }}>{label}</span>
        <FilePicker files={props.files} onChange={props.onFiles} accept="image/*,video/*" label={t('details.dropScreenshot')} />
      </div>
    );
  }
  let input;
  if (field.type === 'textarea') input = <textarea id={id} required={required} value={value} onChange={(e) => onChange(e.target.value)} />;
  else if (field.type === 'select') {
    input = (
      <select id={id} required={required} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('flow.choose')}</option>
        {(field.options ?? []).map((option) => (
          <option key={option} value={option}>
            {t(`intakeOption.${option}`, { defaultValue: option })}
          </option>
        ))}
      </select>
    );
  } else {
    const type = field.type === 'datetime' ? 'datetime-local' : field.type === 'url' ? 'url' : 'text';
    input = <input id={id} type={type} required={required} value={value} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className="field">
      {labelEl}
      {input}
      {field.type === 'datetime' && <p className="hint">{t('details.yourTimeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}</p>}
    </div>
  );
}
