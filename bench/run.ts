/**
 * `npm run bench`: performance figures of the product, measured, not asserted: bundle sizes, the local
 * SharePoint's throughput, and requests / ms to first paint of the heavy views at 20,000 items.
 */
import { benchBundles } from './bundles';

type Bench = { name: string; run: () => Promise<Record<string, number | string>> | Record<string, number | string> };

async function benches(): Promise<Bench[]> {
  const list: Bench[] = [{ name: 'Bundles', run: benchBundles }];
  // each feature keeps its benchmark beside its code; loaded lazily so one failing import names itself
  const suites: Array<[string, string, string]> = [
    ['Local SharePoint', './local-sharepoint', 'benchLocalSharePoint'],
    ["SharePoint page (SPFx's runtime, the .sppkg's web part)", './sitepage', 'benchSitePage'],
    ['Verbetervoorstellen at 20,000 items', './proposals', 'benchProposals'],
    ['Permission model at 20,000 proposals', './permissions', 'benchPermissions'],
    ['Klachten dashboard at 20,000 items', './complaints', 'benchComplaints'],
    ["Requests of each view's first paint in the browser (demo size, 20,000 items)", './firstPaint', 'benchFirstPaint'],
  ];
  for (const [name, file, fn] of suites) {
    const mod = (await import(file)) as Record<string, () => Promise<Record<string, number | string>>>;
    list.push({ name, run: mod[fn] });
  }
  return list;
}

async function main(): Promise<void> {
  for (const bench of await benches()) {
    const started = Date.now();
    const figures = await bench.run();
    console.log(`\n## ${bench.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
