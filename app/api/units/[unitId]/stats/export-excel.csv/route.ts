import { exportRoute } from '@/lib/exports/route';

export const GET = exportRoute('csv-excel');
