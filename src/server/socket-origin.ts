import type { FastifyRequest } from 'fastify';

/**
 * A cookie rides along with any page's WebSocket to this host, so a cookie-authenticated socket must
 * come from the desk's own pages (cross-site WebSocket hijacking). Tokens are never sent by a browser
 * unasked, so sockets authenticated by token need no such check. No Origin header: not a browser.
 */
export function fromDeskPages(request: FastifyRequest, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === request.headers.host || (publicUrl !== undefined && host === new URL(publicUrl).host);
  } catch {
    return false;
  }
}
