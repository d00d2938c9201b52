/** Opens an embedded data folder (argv[2]) and holds it until stdin closes: another process for the lock test. */
import { openDb } from '@/lib/db/client';

const handle = await openDb({ dataDir: process.argv[2]! });
console.log('open');
process.stdin.on('end', () => void handle.close().then(() => process.exit(0)));
process.stdin.resume();
