import { BearerToken } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { startLocalSharePoint } from '../devserver/http/server';

const LIST = 'Bench';
const BATCHED_ADDS = 2000;
const ADDS_PER_BATCH = 100;
const TOTAL_ITEMS = 20000;
/** Items the indexed filter matches (out of TOTAL_ITEMS). */
const MATCHING = 1000;
const PAGE_RUNS = 50;

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Measures the local SharePoint through the real PnPjs: batched adds per second, the time of one 100-item page with
 * an indexed filter on a 20,000-item list, and memory at 20,000 items (of this process: server and bench client).
 */
export async function benchLocalSharePoint(): Promise<Record<string, number | string>> {
  const server = await startLocalSharePoint();
  try {
    const token = await server.signIn('ilse.thys@pzcarma.be');
    const sp = spfi(server.siteUrl).using(SPBrowser({ baseUrl: server.siteUrl }), BearerToken(token));
    await sp.web.lists.add(LIST);
    const fields = sp.web.lists.getByTitle(LIST).fields;
    await fields.createFieldAsXml('<Field Type="Choice" DisplayName="Status" Indexed="TRUE"><CHOICES><CHOICE>Open</CHOICE><CHOICE>Dicht</CHOICE></CHOICES></Field>');
    await fields.addNumber('Nummer');

    const status = (n: number): string => (n % (TOTAL_ITEMS / MATCHING) === 0 ? 'Open' : 'Dicht');
    let started = 0;
    // the first batch warms the JIT up and is not timed
    for (let first = 0; first < BATCHED_ADDS + ADDS_PER_BATCH; first += ADDS_PER_BATCH) {
      if (first === ADDS_PER_BATCH) started = performance.now();
      const [batched, execute] = sp.batched();
      const adds = Array.from({ length: ADDS_PER_BATCH }, (_, i) => {
        const n = first + i + 1;
        return batched.web.lists.getByTitle(LIST).items.add({ Title: `item ${n}`, Status: status(n), Nummer: n });
      });
      await execute();
      await Promise.all(adds);
    }
    const addSeconds = (performance.now() - started) / 1000;

    const added = BATCHED_ADDS + ADDS_PER_BATCH;
    const rest = Array.from({ length: TOTAL_ITEMS - added }, (_, i) => {
      const n = added + i + 1;
      return { Title: `item ${n}`, Status: status(n), Nummer: n };
    });
    server.bulkInsertItemsForTests(LIST, rest);

    const page = () => sp.web.lists.getByTitle(LIST).items.select('Id', 'Title', 'Status', 'Nummer').filter("Status eq 'Open'").top(100)();
    for (let i = 0; i < 10; i++) await page();
    server.clearRequestLog();
    started = performance.now();
    for (let i = 0; i < PAGE_RUNS; i++) await page();
    const pageMs = (performance.now() - started) / PAGE_RUNS;
    const serverMs = server.requestLog().reduce((sum, r) => sum + r.ms, 0) / PAGE_RUNS;

    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    return {
      'local-sp batched adds (items/s)': Math.round(BATCHED_ADDS / addSeconds),
      'local-sp indexed 100-item page on 20,000 items, through PnPjs (ms)': Math.round(pageMs * 100) / 100,
      'local-sp indexed 100-item page on 20,000 items, server time (ms)': Math.round(serverMs * 100) / 100,
      'local-sp RSS at 20,000 items (MB)': mb(memory.rss),
      'local-sp heap used at 20,000 items (MB)': mb(memory.heapUsed),
      'local-sp memory measured in': 'the bench process (server and PnPjs client)',
    };
  } finally {
    await server.close();
  }
}
