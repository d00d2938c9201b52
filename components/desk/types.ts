import type { CheckinChannel, RefusalReason } from '@/lib/checkins/vocabulary';
import type { Status } from '@/lib/services/vocabulary';
import type { DeskQueueRow } from './QueueDesk';

export type DeskEntry = {
  id: number;
  time: string;
  kind: 'in' | 'out';
  status: Status;
  admitted: boolean;
  reason: RefusalReason | null;
  channel: CheckinChannel;
  service: string | null;
  poster: string | null;
  /** What the visitor's phone shows of their identity, and the result page's receipt code. */
  visitorHint: string | null;
  code: string | null;
};
type DeskLoadRow = {
  serviceId: number;
  name: string;
  capacity: number | null;
  checkins: number;
  admitted: number;
};
export type DeskData = {
  log: { rows: DeskEntry[]; page: number; pages: number; total: number };
  load: DeskLoadRow[];
  queues: DeskQueueRow[];
};

export const statusClass: Record<Status, string> = {
  hijau: 'bg-green-700 text-white',
  kuning: 'bg-yellow-300 text-black',
  merah: 'bg-red-700 text-white',
  hitam: 'bg-black text-white',
  tidak_tercatat: 'border border-slate-400 bg-white text-slate-900',
};

/** The log's filters as the server reads them ('' for all). */
export type LogFilter = {
  outcome: '' | 'admitted' | 'refused' | 'out';
  service: string;
  page: number;
};
