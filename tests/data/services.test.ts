import { spfi } from '@pnp/sp';
import { SPComplaintsRepository } from '../../src/data/complaints/SPComplaintsRepository';
import { PnpNotificationRepository } from '../../src/data/notifications/repository';
import { SPPlanRepository } from '../../src/data/plan/SPPlanRepository';
import { SPPolicyRepository } from '../../src/data/policy/SPPolicyRepository';
import { PnpProposalRepository } from '../../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../../src/data/proposals/storage';
import { SPRegistersRepository } from '../../src/data/registers/SPRegistersRepository';
import { createServices } from '../../src/data/services';

describe('createServices', () => {
  it('builds every repository on the one PnPjs root, without a request', async () => {
    const store = memoryStore();
    const services = createServices({ sp: spfi('https://pzcarma.sharepoint.com/sites/integriteit'), siteUrl: 'https://pzcarma.sharepoint.com/sites/integriteit', userName: 'Jonas Maes', topic: 'Integriteit CARMA', store });
    expect(services.proposals).toBeInstanceOf(PnpProposalRepository);
    expect(services.notifications).toBeInstanceOf(PnpNotificationRepository);
    expect(services.policy).toBeInstanceOf(SPPolicyRepository);
    expect(services.plan).toBeInstanceOf(SPPlanRepository);
    expect(services.registers).toBeInstanceOf(SPRegistersRepository);
    expect(services.complaints).toBeInstanceOf(SPComplaintsRepository);
    // the registers' outbox lives in the given store: nothing waits, so nothing is sent
    expect(services.registersOutbox.pending()).toEqual([]);
    await expect(services.registersOutbox.flush()).resolves.toEqual([]);
    expect(typeof services.log.log).toBe('function');
  });
});
