import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GRAPH_BASE_URL, microsoftGraph, sendActivityNotification, TEAMS_APP_ID } from '../../../src/data/notifications/graph';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../manifest/manifest.json'), 'utf8')) as {
  id: string;
  staticTabs: { entityId: string }[];
  activities: { activityTypes: { type: string; templateText: string }[] };
};

describe('Teams activity-feed notifications through Microsoft Graph', () => {
  it('deep-links into the proposals tab of this very app, with the proposal as sub-entity', () => {
    expect(TEAMS_APP_ID).toBe(manifest.id);
    expect(manifest.staticTabs.map((t) => t.entityId)).toContain('voorstellen');
    const link = microsoftGraph(async () => 'token').tabLink('voorstellen:voorstel/12');
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${manifest.id}/voorstellen`);
    expect(JSON.parse(url.searchParams.get('context') as string)).toEqual({ subEntityId: 'voorstellen:voorstel/12' });
  });

  it('posts to graph.microsoft.com with the bearer token, an activity type of the manifest and every template value', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const realFetch = global.fetch;
    global.fetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    try {
      const graph = microsoftGraph(async () => 'graph-token');
      await sendActivityNotification(graph, 'tom.vermeulen@pzcarma.be', {
        activityType: 'proposalAssigned',
        previewText: 'x'.repeat(200),
        templateParameters: { proposalTitle: 'Bodycams', assignee: 'Q-team' },
        webUrl: graph.tabLink('voorstellen:voorstel/12'),
        topic: 'Integriteit CARMA',
      });
    } finally {
      global.fetch = realFetch;
    }
    expect(GRAPH_BASE_URL).toBe('https://graph.microsoft.com');
    expect(sent[0].url).toBe('https://graph.microsoft.com/v1.0/users/tom.vermeulen%40pzcarma.be/teamwork/sendActivityNotification');
    expect((sent[0].init.headers as Record<string, string>).Authorization).toBe('Bearer graph-token');
    const body = JSON.parse(sent[0].init.body as string);
    const declared = manifest.activities.activityTypes.filter((t) => t.type === body.activityType)[0];
    const placeholders = (declared.templateText.match(/\{(\w+)\}/g) || []).map((p) => p.slice(1, -1)).filter((p) => p !== 'actor');
    expect(body.templateParameters.map((p: { name: string }) => p.name).sort()).toEqual(placeholders.sort());
    expect(body.previewText.content).toHaveLength(150);
    expect(body.topic).toMatchObject({ source: 'text', value: 'Integriteit CARMA' });
  });

  it('declares every activity type the app sends', () => {
    const declared = manifest.activities.activityTypes.map((t) => t.type);
    for (const type of ['proposalSubmitted', 'proposalDecided', 'proposalAssigned']) expect(declared).toContain(type);
  });
});
