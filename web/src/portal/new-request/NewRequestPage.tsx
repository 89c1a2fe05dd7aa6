import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../../shared/api/directory';
import { keys } from '../../shared/api/keys';
import { ErrorState, Loading } from '../../shared/ui/states';
import { ChoiceStep } from './ChoiceStep';
import { DetailsStep } from './DetailsStep';
import { QuestionStep } from './QuestionStep';
import { Submitted } from './Submitted';
import { childrenOf, chosenCategory, emptyDraft, stepsFor, type RequestDraft } from './request-draft';
import { submitRequest } from './submit-request';

/** The new-request flow of the seeds (R13, R14, R15, R7, R33, R41, R4), one question per screen. */
export function NewRequestPage() {
  const { t } = useTranslation('portal');
  const client = useQueryClient();
  const categories = useCategories();
  const [draft, setDraft] = useState<RequestDraft>(emptyDraft);
  const [index, setIndex] = useState(0);
  const update = (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const all = categories.data ?? [];
  const category = chosenCategory(draft, all);
  const submit = useMutation({
    mutationFn: () => submitRequest(draft, category, t('details.attachmentNote')),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.allTickets }),
  });

  if (categories.isPending) return <Loading />;
  if (categories.isError) return <ErrorState error={categories.error} retry={() => void categories.refetch()} />;
  if (submit.data) return <Submitted ticket={submit.data.ticket} uploadError={submit.data.uploadError} />;

  const steps = stepsFor(draft, all);
  const step = steps[Math.min(index, steps.length - 1)];
  const next = () => setIndex((i) => i + 1);
  const back = index > 0 ? () => setIndex((i) => i - 1) : undefined;
  const products = childrenOf(all, null);

  let body;
  switch (step) {
    case 'product':
      body = (
        <ChoiceStep
          legend={t('flow.product')}
          choices={products.map((c) => ({ value: c.id, label: c.name }))}
          value={draft.productId}
          onChange={(productId) => update({ productId, documentId: undefined })}
          onNext={next}
        />
      );
      break;
    case 'document':
      body = (
        <ChoiceStep
          legend={t('flow.document')}
          choices={childrenOf(all, draft.productId ?? null).map((c) => ({ value: c.id, label: c.name }))}
          value={draft.documentId}
          onChange={(documentId) => update({ documentId })}
          onNext={next}
          onBack={back}
        />
      );
      break;
    case 'kind':
      body = (
        <ChoiceStep
          legend={t('flow.kind')}
          choices={[
            { value: 'question', label: t('kind.question'), hint: t('kind.questionHint') },
            { value: 'problem', label: t('kind.problem'), hint: t('kind.problemHint') },
          ]}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
          onNext={next}
          onBack={back}
        />
      );
      break;
    case 'question':
      body = <QuestionStep draft={draft} update={update} onNext={next} onBack={back!} />;
      break;
    case 'environment':
      body = (
        <ChoiceStep
          legend={t('flow.environment')}
          choices={(['production', 'homologation'] as const).map((value) => ({ value, label: t(`environment.${value}`), hint: t(`environment.${value}Hint`) }))}
          value={draft.environment}
          onChange={(environment) => update({ environment })}
          onNext={next}
          onBack={back}
        />
      );
      break;
    case 'availability':
      body = (
        <ChoiceStep
          legend={t('flow.availability')}
          choices={(['unavailable', 'partial', 'available'] as const).map((value) => ({ value, label: t(`availability.${value}`), hint: t(`availability.${value}Hint`) }))}
          value={draft.availability}
          onChange={(availability) => update({ availability })}
          onNext={next}
          onBack={back}
        />
      );
      break;
    case 'severity':
      body = (
        <ChoiceStep
          legend={t('flow.severity')}
          choices={([1, 2, 3] as const).map((value) => ({ value, label: t(`severity.${value}`), hint: t(`severity.${value}Hint`) }))}
          value={draft.severity}
          onChange={(severity) => update({ severity })}
          onNext={next}
          onBack={back}
        />
      );
      break;
    default:
      body = <DetailsStep draft={draft} category={category} update={update} onSubmit={() => submit.mutate()} onBack={back!} submitting={submit.isPending} error={submit.error} />;
  }

  return (
    <section aria-labelledby="new-request-title">
      <h1 id="new-request-title">{t('flow.title')}</h1>
      <p className="muted small" aria-live="polite">
        {t('flow.progress', { step: steps.indexOf(step) + 1, total: steps.length })}
        {category ? ` · ${category.name}` : ''}
      </p>
      <div className="card">{body}</div>
    </section>
  );
}
