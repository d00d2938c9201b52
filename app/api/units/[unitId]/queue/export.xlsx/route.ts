import { queueExportRoute } from '@/lib/queue/export';

export const GET = queueExportRoute('xlsx');
