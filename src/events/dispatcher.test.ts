import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { firstIdAt } from './dispatcher';

describe('the dispatcher floor', () => {
  it('is the smallest id of its millisecond, so every event made at or after it sorts above it', () => {
    const ms = Date.UTC(2026, 10, 25, 1, 2, 3, 456);
    const id = v7({ msecs: ms });
    expect(firstIdAt(ms) <= id).toBe(true);
    expect(firstIdAt(ms + 1) > id).toBe(true);
    expect(firstIdAt(ms).slice(0, 13)).toBe(id.slice(0, 13));
  });

  it('never goes below the first possible id', () => {
    expect(firstIdAt(-5)).toBe('00000000-0000-0000-0000-000000000000');
  });
});
