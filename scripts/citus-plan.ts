import { citusPlan } from '@/lib/db/distribution';

// Prints the statements that distribute a Pindai database over Citus (docs/SCALE.md).
console.log(citusPlan().join('\n'));
