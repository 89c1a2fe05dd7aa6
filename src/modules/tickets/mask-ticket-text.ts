import { maskSecrets, maskSecretsDeep } from '../privacy/mask-secrets';

/** Masks API keys, passwords and card numbers in what a customer typed, before it is stored (R45). */
export function maskTicketText(input: { subject: string; body: string; intake: Record<string, unknown> }) {
  const subject = maskSecrets(input.subject);
  const body = maskSecrets(input.body);
  const intake = maskSecretsDeep(input.intake);
  const kinds = [
    ...subject.masked.map((m) => ({ field: 'subject', kind: m.kind })),
    ...body.masked.map((m) => ({ field: 'body', kind: m.kind })),
    ...intake.masked.map((m) => ({ field: `intake.${m.path}`, kind: m.kind })),
  ];
  return { subject: subject.text, body: body.text, intake: intake.value as Record<string, unknown>, kinds };
}
