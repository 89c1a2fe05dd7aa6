import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, SESSION_COOKIE } from '../../server/http-app';
import { loginBody, magicLinkBody, magicLinkRedeemBody, meResponse } from './auth.schemas';
import { signIn, signOut } from './commands/sign-in';
import { redeemMagicLink, requestMagicLink } from './commands/magic-link';
import { loadActor } from './resolve-actor';
import type { Actor } from './actor';

const presentMe = (actor: Actor) => ({
  id: actor.id,
  name: actor.name,
  role: actor.role,
  email: actor.emails[0] ?? null,
  emails: actor.emails,
  organizationId: actor.organizationId,
  teamIds: actor.teamIds,
  languages: actor.languages,
});

export async function authRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;
  const secure = ctx.config.PUBLIC_URL?.startsWith('https:') ?? false;

  const setSessionCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: expiresAt });

  const signedIn = async (reply: FastifyReply, session: { sessionToken: string; personId: string; expiresAt: Date }) => {
    setSessionCookie(reply, session.sessionToken, session.expiresAt);
    const actor = await loadActor(ctx, session.personId);
    return presentMe(actor!);
  };

  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Sign in with email and password', body: loginBody, response: { 200: meResponse } },
      config: {
        rateLimit: {
          max: ctx.config.LOGIN_RATE_LIMIT,
          timeWindow: 60_000,
          // The key reads the email from the body, so count after parsing (the default onRequest
          // hook runs before it, which made every sign-in from one address share a single bucket).
          hook: 'preValidation',
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown })?.email ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => signedIn(reply, await signIn(ctx, request.body)),
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(ctx, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.post(
    '/auth/magic-link',
    {
      schema: {
        tags: ['auth'],
        summary: 'Email a one-time sign-in link (always answers 202)',
        body: magicLinkBody,
        response: { 202: z.object({ sent: z.literal(true) }) },
      },
      config: { rateLimit: { max: ctx.config.LOGIN_RATE_LIMIT, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      await requestMagicLink(ctx, request.body);
      return reply.status(202).send({ sent: true });
    },
  );

  app.post(
    '/auth/magic-link/redeem',
    { schema: { tags: ['auth'], summary: 'Trade a sign-in link token for a session', body: magicLinkRedeemBody, response: { 200: meResponse } } },
    async (request, reply) => signedIn(reply, await redeemMagicLink(ctx, request.body)),
  );

  app.get('/me', { schema: { tags: ['auth'], summary: 'The signed-in person', response: { 200: meResponse } } }, async (request) =>
    presentMe(actorOf(request)),
  );
}
