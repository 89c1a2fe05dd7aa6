import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../shared/api/types';
import { FormError } from '../../shared/ui/states';
import { StepButtons } from './ChoiceStep';
import { IntakeFieldInput } from './IntakeFieldInput';
import { detailFields, type RequestDraft } from './request-draft';

/** The last step: a subject and the details of R41 (or the category's own questions). */
export function DetailsStep(props: {
  draft: RequestDraft;
  category: Category | undefined;
  update: (patch: Partial<RequestDraft>) => void;
  onSubmit: () => void;
  onBack: () => void;
  submitting: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('portal');
  const { draft, update } = props;
  const fields = detailFields(draft, props.category);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{t('details.legend')}</legend>
        <div className="field">
          <label htmlFor="subject">{t('details.subject')}</label>
          <input id="subject" required maxLength={500} value={draft.subject} onChange={(e) => update({ subject: e.target.value })} />
        </div>
        {fields.map((field) => (
          <IntakeFieldInput
            key={field.key}
            field={field}
            value={draft.intake[field.key] ?? ''}
            files={draft.files[field.key] ?? []}
            onChange={(value) => update({ intake: { ...draft.intake, [field.key]: value } })}
            onFiles={(files) => update({ files: { ...draft.files, [field.key]: files } })}
          />
        ))}
      </fieldset>
      <FormError error={props.error} />
      <StepButtons onBack={props.onBack} nextDisabled={props.submitting} nextLabel={props.submitting ? t('common:sending') : t('details.submit')} />
    </form>
  );
}
