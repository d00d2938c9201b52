import { skmExportRoute } from '@/lib/skm/export';

export const GET = skmExportRoute('csv');
