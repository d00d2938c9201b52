import { configuredDbOptions, openDb } from '@/lib/db/client';

const handle = await openDb(configuredDbOptions());
try {
  await handle.migrate();
  console.log(`Migrations applied (${handle.driver}).`);
} finally {
  await handle.close();
}
