import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  hint?: string;
}

/** One question of the flow as a radio group, with Back and Next. */
export function ChoiceStep<T extends string | number>(props: {
  legend: string;
  intro?: ReactNode;
  choices: Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  onNext: () => void;
  onBack?: () => void;
}) {
  const { t } = useTranslation('portal');
  const name = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (props.value !== undefined) props.onNext();
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{props.legend}</legend>
        {props.intro}
        {props.choices.map((choice) => (
          <label key={String(choice.value)} className="choice">
            <input type="radio" name={name} checked={props.value === choice.value} onChange={() => props.onChange(choice.value)} />
            <span>
              {choice.label}
              {choice.hint && <span className="muted small" style={{ display: 'block' }}>{choice.hint}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <StepButtons onBack={props.onBack} nextDisabled={props.value === undefined} nextLabel={t('flow.next')} />
    </form>
  );
}

export function StepButtons({ onBack, nextDisabled, nextLabel }: { onBack?: () => void; nextDisabled?: boolean; nextLabel: string }) {
  const { t } = useTranslation('portal');
  return (
    <div className="row">
      {onBack && (
        <button type="button" onClick={onBack}>
          {t('flow.back')}
        </button>
      )}
      <button type="submit" className="primary" disabled={nextDisabled}>
        {nextLabel}
      </button>
    </div>
  );
}
