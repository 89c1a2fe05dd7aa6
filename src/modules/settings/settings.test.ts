import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';
import { resolveSettings } from './settings.queries';
import { addIsoDuration } from './iso-duration';

const desk = await startTestDesk();

const defaults = {
  lifecycle: {
    pendingAutoResolveAfter: 'P10D',
    pendingAutoCloseAfter: null,
    resolvedAutoCloseAfter: 'P4D',
    customerSequencingWindow: null,
  },
  priorityByAvailability: { unavailable: 'high', partial: 'medium', available: 'low' },
};

// Tests in this file share one desk, so each restores what it changed.
const restoreDefaults = () => desk.admin.patch('/api/v1/settings', defaults);

describe('lifecycle settings', () => {
  it('a fresh desk resolves pending tickets after 10 days and closes resolved ones after 4', async () => {
    const res = await desk.admin.get('/api/v1/settings');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(defaults);
  });

  it('a change keeps every key it does not name (deep merge) and is audited', async () => {
    const res = await desk.admin.patch('/api/v1/settings', { lifecycle: { pendingAutoCloseAfter: 'PT48H' } });
    expect(res.status).toBe(200);
    expect(res.body.lifecycle).toEqual({ ...defaults.lifecycle, pendingAutoCloseAfter: 'PT48H' });
    expect(res.body.priorityByAvailability).toEqual(defaults.priorityByAvailability);
    const again = await desk.admin.patch('/api/v1/settings', { priorityByAvailability: { partial: 'high' } });
    expect(again.body.lifecycle.pendingAutoCloseAfter).toBe('PT48H');
    expect(again.body.priorityByAvailability).toEqual({ unavailable: 'high', partial: 'high', available: 'low' });
    expect((await desk.admin.get('/api/v1/settings')).body).toEqual(again.body);
    const audit = await desk.admin.get('/api/v1/audit?entityType=settings');
    expect(audit.body.items[0]).toMatchObject({ action: 'settings.updated', changes: { priorityByAvailability: { partial: 'high' } } });
    await restoreDefaults();
  });

  it('null turns a rule off', async () => {
    const res = await desk.admin.patch('/api/v1/settings', { lifecycle: { pendingAutoResolveAfter: null } });
    expect(res.body.lifecycle.pendingAutoResolveAfter).toBeNull();
    expect(res.body.lifecycle.resolvedAutoCloseAfter).toBe('P4D');
    await restoreDefaults();
  });

  it('a duration that is not ISO 8601, or not positive, is refused with the field named', async () => {
    for (const bad of ['10 days', 'P', 'PT0S', '-P1D', 10]) {
      const res = await desk.admin.patch('/api/v1/settings', { lifecycle: { resolvedAutoCloseAfter: bad } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.details.issues[0].path).toContain('resolvedAutoCloseAfter');
    }
    const unknownKey = await desk.admin.patch('/api/v1/settings', { lifecycle: { autoDelete: 'P1D' } });
    expect(unknownKey.status).toBe(400);
    const badPriority = await desk.admin.patch('/api/v1/settings', { priorityByAvailability: { partial: 'critical' } });
    expect(badPriority.status).toBe(400);
    expect((await desk.admin.get('/api/v1/settings')).body).toEqual(defaults);
  });

  it('agents read the settings; only admins change them; customers see neither', async () => {
    const agent = await desk.person({ role: 'agent' });
    const customer = await desk.person({ role: 'customer' });
    expect((await agent.client.get('/api/v1/settings')).status).toBe(200);
    const change = await agent.client.patch('/api/v1/settings', { lifecycle: { resolvedAutoCloseAfter: 'P1D' } });
    expect(change.status).toBe(403);
    expect(change.body.error.code).toBe('admin_only');
    expect((await customer.client.get('/api/v1/settings')).status).toBe(403);
  });
});

describe('organization and team overrides', () => {
  it('the organization beats the team, the team beats the global settings, key by key', async () => {
    await desk.admin.patch('/api/v1/settings', { lifecycle: { pendingAutoCloseAfter: 'P20D' } });
    const team = await desk.team({ settings: { lifecycle: { resolvedAutoCloseAfter: 'P2D', pendingAutoResolveAfter: 'P5D' } } });
    const org = await desk.organization({
      settings: { lifecycle: { pendingAutoResolveAfter: 'P3D' }, priorityByAvailability: { available: 'medium' } },
    });
    const db = desk.atende.ctx.db;

    expect(await resolveSettings(db)).toEqual({ ...defaults, lifecycle: { ...defaults.lifecycle, pendingAutoCloseAfter: 'P20D' } });
    expect((await resolveSettings(db, { teamId: team.id })).lifecycle).toEqual({
      pendingAutoResolveAfter: 'P5D',
      pendingAutoCloseAfter: 'P20D',
      resolvedAutoCloseAfter: 'P2D',
      customerSequencingWindow: null,
    });
    const both = await resolveSettings(db, { organizationId: org.id, teamId: team.id });
    expect(both.lifecycle).toEqual({
      pendingAutoResolveAfter: 'P3D',
      pendingAutoCloseAfter: 'P20D',
      resolvedAutoCloseAfter: 'P2D',
      customerSequencingWindow: null,
    });
    expect(both.priorityByAvailability).toEqual({ unavailable: 'high', partial: 'medium', available: 'medium' });
    await restoreDefaults();
  });

  it('an organization may turn a rule off with null; invalid scoped values are ignored', async () => {
    const org = await desk.organization({
      settings: { lifecycle: { resolvedAutoCloseAfter: null, pendingAutoResolveAfter: 'ten days' }, priorityByAvailability: 'high' },
    });
    const settings = await resolveSettings(desk.atende.ctx.db, { organizationId: org.id, teamId: null });
    expect(settings.lifecycle.resolvedAutoCloseAfter).toBeNull();
    expect(settings.lifecycle.pendingAutoResolveAfter).toBe('P10D');
    expect(settings.priorityByAvailability).toEqual(defaults.priorityByAvailability);
  });

  it('an unknown organization or team falls back to the global settings', async () => {
    const settings = await resolveSettings(desk.atende.ctx.db, { organizationId: '0190f0a0-0000-7000-8000-000000000000', teamId: 'nope' });
    expect(settings).toEqual(defaults);
  });
});

describe('ISO 8601 durations', () => {
  it('count calendar units in UTC', () => {
    expect(addIsoDuration(new Date('2026-03-02T12:00:00Z'), 'P10D').toISOString()).toBe('2026-03-12T12:00:00.000Z');
    expect(addIsoDuration(new Date('2026-03-02T12:00:00Z'), 'PT48H').toISOString()).toBe('2026-03-04T12:00:00.000Z');
    expect(addIsoDuration(new Date('2026-01-31T00:00:00Z'), 'P1M').toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});
