// What the widget remembers in the host page's localStorage: the sign-in and the current chat, so a
// reload or a later visit resumes the same chat (R5). Storage may be blocked (private mode): then
// the widget still works, it only forgets on reload.

const PREFIX = 'atende-widget:';

function read(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    // storage unavailable
  }
}

/** Remembered state, scoped by desk origin so two desks on one site do not mix. */
export function memory(desk: string) {
  const scope = (k: string) => `${desk}:${k}`;
  return {
    token: () => read(scope('token')),
    email: () => read(scope('email')),
    chatId: () => read(scope('chat')),
    saveSession(token: string | null, email: string | null) {
      write(scope('token'), token);
      write(scope('email'), email);
    },
    saveChat(chatId: string | null) {
      write(scope('chat'), chatId);
    },
  };
}
