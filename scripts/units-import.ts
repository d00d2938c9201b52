import { parseArgs } from 'node:util';
import { configuredDbOptions, openDb } from '@/lib/db/client';
import { importAreas, loadAreas } from '@/lib/tenancy/import';

const { values } = parseArgs({ options: { province: { type: 'string' } } });
const handle = await openDb(configuredDbOptions());
try {
  const started = performance.now();
  const levels = await loadAreas(values.province);
  const result = await importAreas(handle.db, levels);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Imported ${values.province ? `province ${values.province}` : 'all of Indonesia'}: ` +
      `${result.total} areas read, ${result.inserted} added, ${result.renamed} renamed, in ${seconds} s.`,
  );
} finally {
  await handle.close();
}
