import type { AppContext } from '../../server/context';
import type { InboundSource } from '../../db/schema/index';
import { receiveInboundMail } from '../../modules/inbound-mail/commands/receive-inbound-mail';
import { readEnvelopeHeaders } from './mail-headers';
import { normalizeAddress } from './email-addresses';

/**
 * The one way raw mail enters the desk, whatever carried it (SMTP, IMAP, tests): the sender and
 * Message-ID are read from the headers, then the raw bytes are stored and a job scheduled. Resolves
 * once the mail is safe in the database; the carrier acknowledges only then.
 */
export async function acceptInboundMail(
  ctx: AppContext,
  input: { raw: Buffer; source: InboundSource; envelopeFrom?: string | null; envelopeTo?: string[]; sourceRef?: string },
): Promise<{ id: string; duplicate: boolean }> {
  const headers = readEnvelopeHeaders(input.raw);
  return receiveInboundMail(ctx, {
    raw: input.raw,
    source: input.source,
    sourceRef: input.sourceRef ?? null,
    envelopeFrom: input.envelopeFrom ?? null,
    envelopeTo: (input.envelopeTo ?? []).map((a) => normalizeAddress(a) ?? a),
    fromAddress: headers.fromAddress ?? normalizeAddress(input.envelopeFrom),
    messageId: headers.messageId,
  });
}
