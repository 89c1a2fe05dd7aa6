import type { TemplateRow } from './template-set';
import { chooseTemplate } from './template-set';
import { renderTemplate, type TemplateVariables } from './render-template';
import { defaultAcknowledgement } from './default-acknowledgements';

export interface MessageScope {
  teamId: string | null;
  language: string | null;
  channel?: string | null;
}

/**
 * What a customer receives for an agent's reply (R27): greeting + the agent's text + signature,
 * each template the most specific match for the ticket's team and the customer's language.
 */
export function composeReply(rows: TemplateRow[], scope: MessageScope, variables: TemplateVariables, text: string) {
  const greeting = chooseTemplate(rows, 'greeting', scope);
  const signature = chooseTemplate(rows, 'signature', scope);
  const parts = [greeting && renderTemplate(greeting.body, variables), text, signature && renderTemplate(signature.body, variables)];
  return {
    body: parts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n'),
    templateIds: [greeting?.id, signature?.id].filter((id): id is string => !!id),
  };
}

/** The acknowledgement of a new ticket (R4): its number and due date, from a template or built in. */
export function composeAcknowledgement(rows: TemplateRow[], scope: MessageScope, variables: TemplateVariables) {
  const template = chooseTemplate(rows, 'acknowledgement', scope);
  const fallback = defaultAcknowledgement(scope.language, variables.ticket.dueAt !== '');
  const subject = template?.subject ?? fallback.subject;
  const body = template ? template.body : fallback.body;
  const signature = chooseTemplate(rows, 'signature', scope);
  const greeting = chooseTemplate(rows, 'greeting', scope);
  const parts = [greeting && template ? renderTemplate(greeting.body, variables) : null, renderTemplate(body, variables), signature ? renderTemplate(signature.body, variables) : null];
  return {
    subject: renderTemplate(subject, variables),
    body: parts.filter((p): p is string => !!p).join('\n\n'),
    templateId: template?.id ?? null,
  };
}
