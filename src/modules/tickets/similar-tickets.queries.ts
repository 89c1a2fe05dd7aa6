import { sql } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { rows } from '../../db/rows';
import { requireStaff, type Actor } from '../auth/actor';
import { canSeeChat, chatAccessOf } from '../chat/chat.policy';
import { findOpenChatOf, type ChatRecord } from '../chat/chat.queries';
import { getTicket, type TicketRecord } from './ticket.queries';
import { visibleTicketsFilter } from './ticket.policy';

/** Why a ticket is offered as a likely duplicate. */
export type SimilarReason = 'same_requester' | 'same_organization' | 'similar_subject' | 'similar_description';

/** A ticket that may be the same case as another, with how alike their texts are. */
export interface SimilarTicketRecord {
  id: string;
  number: number;
  subject: string;
  status: TicketRecord['status'];
  priority: TicketRecord['priority'];
  requesterId: string;
  organizationId: string | null;
  teamId: string | null;
  createdAt: Date;
  /** 0..1: trigram likeness of the subjects and shared words of subject and first message. */
  score: number;
  reasons: SimilarReason[];
}

export interface SimilarTickets {
  items: SimilarTicketRecord[];
  /** Open tickets (not resolved or closed) whose text is alike, before the limit (R7). */
  similarOpenCount: number;
  /** The requester's unfinished chat, when the caller may see it (R44: ticket and chat). */
  chats: ChatRecord[];
}

// Tickets read from each source before scoring: the requester's and the organization's latest, and
// the desk's nearest subjects. Scoring tokenises each candidate's first message, so the set stays
// small whatever the requester's or the desk's history holds.
const PER_SOURCE = 50;
// Only the beginning of a first message is compared: a case is stated there, and quoted logs or
// signatures further down would make every ticket look like every other.
const BODY_CHARS = 600;
// Below this the shared words are what any two tickets share ("error", "please"), not one case.
const TEXT_MIN = 0.2;
// pg_trgm's default `%` threshold, written out so the reason means the same as the index match.
const SUBJECT_MIN = 0.3;

/**
 * Other tickets that are likely the same case (R44): the same requester's, then the same
 * organization's, then unfinished ones anywhere in the desk whose subject looks alike — open ones
 * first within each, then by how alike the texts are. Merged tickets and the ticket itself are left
 * out; an agent sees only tickets of their teams (R28). The same SQL runs on PGlite and PostgreSQL: trigram similarity for the
 * subjects, and for the words the knowledge base's language configuration and accent folding
 * (kb_search_config, kb_normalize), so "notificações" and "notificacao" count as one word.
 */
export async function findSimilarTickets(ctx: AppContext, input: { actor: Actor; id: string; limit: number }): Promise<SimilarTickets> {
  requireStaff(input.actor);
  const ticket = await getTicket(ctx, { actor: input.actor, id: input.id });
  const visible = visibleTicketsFilter(input.actor);
  const language = ticket.language ?? 'en';
  const found = await rows<Omit<SimilarTicketRecord, 'reasons'> & { sameRequester: boolean; sameOrganization: boolean; subjectScore: number; wordScore: number; openCount: number }>(
    ctx.db,
    sql`
    WITH src AS MATERIALIZED (
      SELECT ts.config,
        tsvector_to_array(to_tsvector(ts.config, kb_normalize(${language}, ${ticket.subject} || ' ' || coalesce(left(
          (SELECT m.body FROM messages m WHERE m.ticket_id = ${ticket.id} ORDER BY m.created_at, m.id LIMIT 1), ${BODY_CHARS}), '')))) AS words
      FROM (SELECT kb_search_config(${language}) AS config) ts
    ),
    candidates AS (
      (SELECT tickets.id FROM tickets WHERE tickets.requester_id = ${ticket.requesterId} AND tickets.id <> ${ticket.id} AND ${visible}
        ORDER BY tickets.created_at DESC LIMIT ${PER_SOURCE})
      UNION
      (SELECT tickets.id FROM tickets WHERE tickets.organization_id = ${ticket.organizationId} AND tickets.id <> ${ticket.id} AND ${visible}
        ORDER BY tickets.created_at DESC LIMIT ${PER_SOURCE})
      UNION
      (SELECT tickets.id FROM tickets WHERE tickets.subject % ${ticket.subject} AND tickets.status NOT IN ('resolved', 'closed')
        AND tickets.id <> ${ticket.id} AND ${visible}
        ORDER BY similarity(tickets.subject, ${ticket.subject}) DESC, tickets.created_at DESC LIMIT ${PER_SOURCE})
    ),
    -- Materialised so each candidate's words are computed once, not again for the filter and the sort.
    scored AS MATERIALIZED (
      SELECT tickets.id, tickets.number, tickets.subject, tickets.status, tickets.priority, tickets.requester_id, tickets.organization_id,
        tickets.team_id, tickets.created_at,
        tickets.requester_id = ${ticket.requesterId} AS same_requester,
        coalesce(tickets.organization_id = ${ticket.organizationId}, false) AS same_organization,
        tickets.status NOT IN ('resolved', 'closed') AS is_open,
        similarity(tickets.subject, ${ticket.subject})::float8 AS subject_score,
        -- Dice coefficient of the two texts' distinct stemmed words: shared words over all words.
        coalesce(2.0 * cardinality(ARRAY(SELECT unnest(w.words) INTERSECT SELECT unnest(src.words)))
          / nullif(cardinality(w.words) + cardinality(src.words), 0), 0)::float8 AS word_score
      FROM candidates
      JOIN tickets ON tickets.id = candidates.id
      CROSS JOIN src
      CROSS JOIN LATERAL (
        SELECT tsvector_to_array(to_tsvector(src.config, kb_normalize(${language}, tickets.subject || ' ' || coalesce(left(
          (SELECT m.body FROM messages m WHERE m.ticket_id = tickets.id ORDER BY m.created_at, m.id LIMIT 1), ${BODY_CHARS}), '')))) AS words
      ) w
      WHERE tickets.merged_into_id IS NULL
    ),
    kept AS (
      SELECT scored.*, greatest(subject_score, word_score) AS score FROM scored
      -- The requester's open tickets are always worth a look; anything else must read alike.
      WHERE greatest(subject_score, word_score) >= ${TEXT_MIN} OR subject_score >= ${SUBJECT_MIN} OR (same_requester AND is_open)
    )
    SELECT id, number, subject, status, priority, requester_id AS "requesterId", organization_id AS "organizationId", team_id AS "teamId",
      created_at AS "createdAt", same_requester AS "sameRequester", same_organization AS "sameOrganization",
      subject_score AS "subjectScore", word_score AS "wordScore", score,
      (count(*) FILTER (WHERE is_open AND score >= ${TEXT_MIN}) OVER ())::int AS "openCount"
    FROM kept
    ORDER BY CASE WHEN same_requester THEN 0 WHEN same_organization THEN 1 ELSE 2 END, is_open DESC, score DESC, created_at DESC, id
    LIMIT ${input.limit}`,
  );

  const items = found.map((row): SimilarTicketRecord => {
    const reasons: SimilarReason[] = [];
    if (row.sameRequester) reasons.push('same_requester');
    else if (row.sameOrganization) reasons.push('same_organization');
    if (Number(row.subjectScore) >= SUBJECT_MIN) reasons.push('similar_subject');
    if (Number(row.wordScore) >= TEXT_MIN) reasons.push('similar_description');
    return {
      id: row.id,
      number: Number(row.number),
      subject: row.subject,
      status: row.status,
      priority: row.priority,
      requesterId: row.requesterId,
      organizationId: row.organizationId,
      teamId: row.teamId,
      createdAt: new Date(row.createdAt),
      score: Math.round(Number(row.score) * 1000) / 1000,
      reasons,
    };
  });

  // A customer has at most one unfinished chat (R5), so this is one indexed read.
  const chat = await findOpenChatOf(ctx.db, ticket.requesterId);
  const chats = chat && chat.ticketId !== ticket.id && canSeeChat(input.actor, chatAccessOf(chat)) ? [chat] : [];
  return { items, similarOpenCount: found[0]?.openCount ?? 0, chats };
}
