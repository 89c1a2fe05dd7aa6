import type { Availability, Category, Environment, IntakeField } from '../../shared/api/types';

/** What the customer has answered so far in the new-request flow. */
export interface RequestDraft {
  productId?: string;
  documentId?: string;
  kind?: 'question' | 'problem';
  question?: string;
  deflectionId?: string;
  environment?: Environment;
  availability?: Availability;
  severity?: 1 | 2 | 3;
  subject: string;
  intake: Record<string, string>;
  files: Record<string, File[]>;
}

export type StepName = 'product' | 'document' | 'kind' | 'question' | 'environment' | 'availability' | 'severity' | 'details';

export const emptyDraft = (): RequestDraft => ({ subject: '', intake: {}, files: {} });

/** The category the request is filed under: the document if one was picked, else the product (R13). */
export function chosenCategory(draft: RequestDraft, categories: Category[]): Category | undefined {
  const id = draft.documentId ?? draft.productId;
  return categories.find((c) => c.id === id);
}

export const childrenOf = (categories: Category[], parentId: string | null) => categories.filter((c) => (c.parentId ?? null) === parentId);

/**
 * The steps, following the seeds: product → document (R13) → question or problem (R14) → for a
 * question, suggested articles; for a problem, environment when the category asks (R15),
 * availability (R7) and severity (R33) → the details of R41.
 */
export function stepsFor(draft: RequestDraft, categories: Category[]): StepName[] {
  // A desk without categories skips straight to the kind of request.
  const steps: StepName[] = childrenOf(categories, null).length ? ['product'] : [];
  if (draft.productId && childrenOf(categories, draft.productId).length > 0) steps.push('document');
  steps.push('kind');
  if (draft.kind === 'question') steps.push('question');
  if (draft.kind === 'problem') {
    if (chosenCategory(draft, categories)?.asksEnvironment) steps.push('environment');
    steps.push('availability', 'severity');
  }
  steps.push('details');
  return steps;
}

/** R41: what a problem report asks for when its category defines no questions of its own. */
export const problemFields: IntakeField[] = [
  { key: 'description', label: 'Description', type: 'textarea', required: true },
  { key: 'screenshot', label: 'Screenshot or screen recording', type: 'file' },
  { key: 'apiRequest', label: 'API request', type: 'textarea' },
  { key: 'apiResponse', label: 'API response', type: 'textarea' },
  { key: 'occurredAt', label: 'When did it happen?', type: 'datetime' },
  { key: 'impact', label: 'Impact', type: 'textarea' },
];

const descriptionField: IntakeField = { key: 'description', label: 'Description', type: 'textarea', required: true };

/**
 * The detail fields to show: the category's intake questions (all of them for a problem, the
 * required ones for a question), else R41's for a problem; always a description, which becomes
 * the ticket's first message.
 */
export function detailFields(draft: RequestDraft, category: Category | undefined): IntakeField[] {
  const own = category?.intakeFields ?? [];
  const fields = draft.kind === 'problem' ? (own.length ? own : problemFields) : own.filter((f) => f.required);
  return fields.some((f) => f.key === 'description') ? fields : [descriptionField, ...fields];
}
