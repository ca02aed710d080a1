import { spfi } from '@pnp/sp';
import { PnpNotificationRepository } from '../../src/data/notifications/repository';
import { SPPolicyRepository } from '../../src/data/policy/SPPolicyRepository';
import { proposalSubmits } from '../../src/data/proposals/pendingSubmits';
import { memoryStore } from '../../src/data/proposals/storage';
import { createServices } from '../../src/data/services';

const site = 'https://pzcarma.sharepoint.com/sites/integriteit';

describe('createServices', () => {
  it('builds every repository on the one PnPjs root, without a request', async () => {
    const store = memoryStore();
    const services = createServices({ sp: spfi(site), siteUrl: site, userName: 'Jonas Maes', topic: 'Integriteit CARMA', store });
    // the bell's repository is in the entry; each feature's loads on first use
    expect(services.notifications).toBeInstanceOf(PnpNotificationRepository);
    expect(services.policy).not.toBeInstanceOf(SPPolicyRepository);
    for (const key of ['proposals', 'policy', 'plan', 'registers', 'complaints', 'resistance', 'trainings'] as const) {
      expect({ key, methods: typeof (services[key] as unknown as Record<string, unknown>).anyMethod }).toEqual({ key, methods: 'function' });
    }
    // the registers' outbox lives in the given store: nothing waits, so nothing is sent
    expect(services.registersOutbox.pending()).toEqual([]);
    await expect(services.registersOutbox.flush()).resolves.toEqual([]);
    expect(typeof services.log.log).toBe('function');
  });

  it("a feature's repository calls its implementation once loaded, with the caller's arguments", async () => {
    const loadTheme = jest.spyOn(SPPolicyRepository.prototype, 'loadTheme').mockResolvedValue({ theme: { number: 3 } } as never);
    const services = createServices({ sp: spfi(site), siteUrl: site, userName: 'Jonas Maes', topic: 'Integriteit CARMA', store: memoryStore() });
    await expect(services.policy.loadTheme(3)).resolves.toEqual({ theme: { number: 3 } });
    expect(loadTheme).toHaveBeenCalledWith(3);
    expect(loadTheme.mock.contexts[0]).toBeInstanceOf(SPPolicyRepository);
    loadTheme.mockRestore();
  });

  it('a repository is not a promise, and a name it does not have fails clearly', async () => {
    const services = createServices({ sp: spfi(site), siteUrl: site, userName: 'Jonas Maes', topic: 'Integriteit CARMA', store: memoryStore() });
    expect((services.plan as unknown as { then?: unknown }).then).toBeUndefined();
    await expect((services.plan as unknown as { nothing(): Promise<void> }).nothing()).rejects.toThrow('the repository has no method nothing');
  });

  it("the proposals waiting in the browser are known at once, without loading the proposals' chunk", () => {
    const store = memoryStore();
    const services = createServices({ sp: spfi(site), siteUrl: site, userName: 'Jonas Maes', topic: 'Integriteit CARMA', store });
    expect(services.proposals.pendingSubmits()).toEqual([]);
    store.setItem('integriteit-carma.voorstellen.outbox', JSON.stringify([{ listTitle: 'Verbetervoorstellen', item: { ClientId: 'c-1', Title: 'Zaklampen' }, queuedAt: '2026-03-10T09:00:00.000Z' }]));
    expect(proposalSubmits(store).pending()).toHaveLength(1);
    expect(services.proposals.pendingSubmits()).toEqual([{ clientId: 'c-1', title: 'Zaklampen', queuedAt: '2026-03-10T09:00:00.000Z' }]);
  });
});
