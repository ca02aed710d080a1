import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, JONAS, startServer } from './harness';

let server: LocalSharePoint;
let token: string;

beforeAll(async () => {
  server = await startServer();
  token = await server.signIn(ADMIN);
});
afterAll(() => server.close());

const notify = (recipient: string, body: unknown, auth = `Bearer ${token}`) =>
  fetch(`${server.origin}/v1.0/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
    body: JSON.stringify(body),
  });

const valid = {
  topic: { source: 'text', value: 'Voorstel 12', webUrl: 'https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%2212%22%7D' },
  activityType: 'proposalAssigned',
  previewText: { content: 'Nieuw voorstel om te valideren' },
  templateParameters: [{ name: 'proposal', value: 'Voorstel 12' }],
};

test('a valid notification is recorded with sender, recipient and time, and answered 204', async () => {
  const res = await notify(JONAS, valid);
  expect(res.status).toBe(204);
  const recorded = (await (await fetch(`${server.origin}/_dev/notifications`)).json()) as Record<string, unknown>[];
  expect(recorded).toEqual([
    expect.objectContaining({ sender: ADMIN, recipient: JONAS, activityType: 'proposalAssigned', topic: valid.topic, previewText: valid.previewText, templateParameters: valid.templateParameters }),
  ]);
  expect(Date.now() - Date.parse(recorded[0].timestamp as string)).toBeLessThan(10000);
  expect(server.notifications()).toEqual(recorded);
});

test('Graph validation: webUrl for a text topic, activityType, previewText; a known recipient; a token', async () => {
  const bad = async (body: unknown) => {
    const res = await notify(JONAS, body);
    expect(res.status).toBe(400);
    return ((await res.json()) as { error: { code: string; message: string } }).error;
  };
  expect((await bad({ ...valid, topic: { source: 'text', value: 'x' } })).message).toMatch(/webUrl/);
  expect((await bad({ ...valid, activityType: undefined })).message).toMatch(/activityType/);
  expect((await bad({ ...valid, previewText: undefined })).message).toMatch(/previewText/);
  expect((await bad({ ...valid, topic: { source: 'other', value: 'x' } })).code).toBe('BadRequest');
  expect((await notify(JONAS, { ...valid, topic: { source: 'entityUrl', value: 'https://graph.microsoft.com/v1.0/users/x/teamwork/installedApps/y' } })).status).toBe(204);
  expect((await notify('nobody@pzcarma.be', valid)).status).toBe(404);
  expect((await notify(JONAS, valid, '')).status).toBe(401);
  expect(server.notifications()).toHaveLength(2);
});
