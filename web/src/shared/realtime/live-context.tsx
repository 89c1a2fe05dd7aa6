import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LiveSocket, realtimeUrl, type LiveFrame, type LiveStatus } from './live-socket';
import { keys } from '../api/keys';

const LiveContext = createContext<LiveSocket | null>(null);

/** What a frame makes stale: the lists for any ticket event, and that ticket's own queries. */
function staleKeys(frame: LiveFrame): Array<readonly unknown[]> {
  if (frame.type === 'reconnected') return [[]];
  if (!frame.ticketId) return [];
  return [keys.allTickets, keys.ticket(frame.ticketId)];
}

/** A burst of events (a bulk change, a merge) refreshes each query once, shortly after. */
const COALESCE_MS = 150;

/**
 * Opens the page's realtime socket while someone is signed in and keeps the query cache fresh
 * from its frames: no polling, no reload (issue 5).
 */
export function LiveProvider({ enabled, rooms, children }: { enabled: boolean; rooms: string[]; children: ReactNode }) {
  const client = useQueryClient();
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const roomsKey = rooms.join(',');

  useEffect(() => {
    if (!enabled) return;
    const live = new LiveSocket(realtimeUrl());
    for (const room of roomsKey.split(',').filter(Boolean)) live.subscribe(room);
    const pending = new Map<string, readonly unknown[]>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      for (const key of pending.values()) void client.invalidateQueries(key.length ? { queryKey: key } : undefined);
      pending.clear();
    };
    const stop = live.onFrame((frame) => {
      if (frame.type === 'subscribed') {
        // Events committed between a list's first fetch and this subscription were not pushed:
        // read again what was loaded before the room was joined.
        const joinedAt = Date.now();
        void client.invalidateQueries({
          predicate: (q) => (q.queryKey[0] === 'tickets' || q.queryKey[0] === 'ticket') && q.state.dataUpdatedAt > 0 && q.state.dataUpdatedAt < joinedAt,
        });
        return;
      }
      for (const key of staleKeys(frame)) pending.set(JSON.stringify(key), key);
      if (pending.size && !timer) timer = setTimeout(flush, COALESCE_MS);
    });
    setSocket(live);
    return () => {
      stop();
      if (timer) clearTimeout(timer);
      live.close();
      setSocket(null);
    };
  }, [enabled, roomsKey, client]);

  return <LiveContext.Provider value={socket}>{children}</LiveContext.Provider>;
}

/** The page's socket (null while signed out). */
export const useLiveSocket = () => useContext(LiveContext);

/** Calls `listener` for every frame while mounted. */
export function useLiveFrames(listener: (frame: LiveFrame) => void): void {
  const socket = useLiveSocket();
  useEffect(() => (socket ? socket.onFrame(listener) : undefined), [socket, listener]);
}

/** The socket's state, for the "live" indicator. */
export function useLiveStatus(): LiveStatus {
  const socket = useLiveSocket();
  const [status, setStatus] = useState<LiveStatus>(socket?.status ?? 'closed');
  useEffect(() => {
    if (!socket) return setStatus('closed');
    setStatus(socket.status);
    return socket.onStatus(setStatus);
  }, [socket]);
  return status;
}
