/**
 * What each route reads besides its path: query parameters by name and a valid body. The fuzz
 * harness replaces one of them at a time with a hostile value, so a value that passes the
 * others' checks reaches deep into the handler. tests/unit/fuzz-inputs.test.ts keeps the lists
 * honest: a page that reads a parameter missing here, or a route that takes a body without a
 * sample, fails it; the harness checks that every sample body is accepted as it stands.
 */
import { childTableParams } from '@/lib/attention/table';
import { auditQueryParams } from '@/lib/audit/filter';
import { demoVisitors } from '@/demo/registry';
import { deskLogQuery } from '@/lib/desk/desk';
import { officeHours } from '@/lib/services/input';
import { statsQueryParams } from '@/lib/stats/params';
import { rangeQueryParams } from '@/lib/stats/range';

const keys = (schema: { shape: object }) => Object.keys(schema.shape);
const statsQuery = keys(statsQueryParams);

/** Query parameters each route reads, by `METHOD /path`. */
export const queryParams: Record<string, string[]> = {
  'GET /u/:unitId': [...keys(rangeQueryParams), ...keys(childTableParams)],
  'GET /u/:unitId/stats': statsQuery,
  'GET /u/:unitId/audit': keys(auditQueryParams),
  'GET /u/:unitId/posters/print': ['size', 'poster'],
  'GET /api/units/:unitId/overview': keys(rangeQueryParams),
  'GET /api/units/:unitId/stats/export.csv': statsQuery,
  'GET /api/units/:unitId/stats/export-excel.csv': statsQuery,
  'GET /api/units/:unitId/stats/export.xlsx': statsQuery,
  'GET /api/units/:unitId/stats/chart.png': statsQuery,
  'GET /api/units/:unitId/posters/:posterId/:file': ['size'],
  'GET /api/units/:unitId/posters/all.pdf': ['size'],
  'GET /api/units/:unitId/posters/below.pdf': ['size'],
  'GET /api/units/:unitId/desk/checkins': keys(deskLogQuery),
  // The same file's manual check-in reads only its body.
  'POST /api/units/:unitId/desk/checkins': [],
  'GET /api/units/search': ['q'],
  'GET /c': ['kode'],
  'GET /c/:token/hasil/:eventId': ['s'],
  'GET /c/:token/skm/:eventId': ['s'],
  'GET /c/:token/antrean/:eventId': ['s'],
  'GET /api/units/:unitId/queue/export.csv': ['day', 'lang'],
  'GET /api/units/:unitId/queue/export.xlsx': ['day', 'lang'],
  'GET /api/units/:unitId/skm': ['from', 'to'],
  'GET /api/units/:unitId/skm/export.csv': ['from', 'to', 'lang'],
  'GET /api/units/:unitId/skm/export.xlsx': ['from', 'to', 'lang'],
  'GET /login': ['callbackUrl', 'reason'],
};

/** A value each query parameter accepts, by name, so one hostile parameter meets valid others. */
export const queryValues: Record<string, (f: Fixture) => string> = {
  range: () => 'custom',
  from: (f) => f.weekAgo,
  day: (f) => f.today,
  to: (f) => f.today,
  group: () => 'day',
  lang: () => 'id',
  sort: () => 'name',
  dir: () => 'asc',
  page: () => '1',
  order: () => 'asc',
  outcome: () => 'refused',
  service: () => 'entrance',
  action: () => 'member.add',
  size: () => 'A5',
  poster: (f) => f.params.posterId!,
  q: () => 'Bekasi',
  kode: (f) => f.shortCode,
  s: (f) => f.receipt,
  callbackUrl: () => '/',
  reason: () => 'expired',
};

/** The values the app's own pages and clients send, as found in a fresh demo database. */
export type Fixture = {
  /** Path parameters by name: ids and the token of things the harness made for the purpose. */
  params: Record<string, string>;
  /** The unit that owns `params.templateId` (Telaga Asih's kecamatan). */
  templateOwner: string;
  /** The door poster's short code, as a visitor types it. */
  shortCode: string;
  apiKey: string;
  /** The receipt signature of `params.eventId`. */
  receipt: string;
  /** next-auth's CSRF token for the anonymous client. */
  csrf: string;
  today: string;
  weekAgo: string;
};

export type Body =
  | { type: 'json'; fields: Record<string, unknown> }
  | { type: 'form'; fields: Record<string, string> }
  | { type: 'csv'; fields: { csv: string } };

const hijau = demoVisitors.find((v) => v.status === 'hijau')!.nik;

/** Writes that read no body: the harness still sends them hostile ones. */
export const bodiless = [
  'POST /api/units/:unitId/posters/:posterId/revoke',
  'POST /api/units/:unitId/posters/:posterId/rotate',
];

/** A body each write accepts (DELETE and the `bodiless` take none). */
export const bodies: Record<string, (f: Fixture) => Body> = {
  'POST /api/auth/:nextauth*': (f) => ({
    type: 'form',
    fields: {
      csrfToken: f.csrf,
      email: 'tidak.ada@pindai.id',
      password: 'salah',
      callbackUrl: '/',
      json: 'true',
    },
  }),
  'POST /api/akun/atur-sandi': () => ({
    type: 'json',
    fields: { token: 'bukan-tautan', next: 'Sandi-uji-baru-2026', confirm: 'Sandi-uji-baru-2026' },
  }),
  'POST /api/akun/kata-sandi': () => ({
    type: 'json',
    fields: { current: 'bukan-sandi', next: 'Sandi-uji-baru-2026', confirm: 'Sandi-uji-baru-2026' },
  }),
  'PUT /api/akun/ringkasan-harian': () => ({ type: 'json', fields: { enabled: true } }),
  'POST /api/units/:unitId/api-keys': () => ({ type: 'json', fields: { name: 'Kios uji' } }),
  'POST /api/units/:unitId/children': () => ({
    type: 'json',
    fields: { kind: 'agency', name: 'Dinas Uji' },
  }),
  'POST /api/units/:unitId/desk/checkins': () => ({
    type: 'json',
    fields: { serviceId: null, status: 'hijau' },
  }),
  'POST /api/units/:unitId/displays': () => ({ type: 'json', fields: { name: 'TV uji' } }),
  'POST /api/units/:unitId/entry-policy': (f) => ({
    type: 'json',
    fields: { name: 'Kebijakan uji', admits: ['hijau', 'kuning'], effectiveDate: f.today },
  }),
  'POST /api/units/:unitId/members': () => ({
    type: 'json',
    fields: { email: 'anggota.uji@pindai.id', name: 'Anggota Uji', role: 'desk' },
  }),
  'PATCH /api/units/:unitId/members/:membershipId': () => ({
    type: 'json',
    fields: { role: 'comms' },
  }),
  'POST /api/units/:unitId/members/:membershipId/password-reset': () => ({ type: 'json', fields: {} }),
  'POST /api/units/:unitId/posters': () => ({
    type: 'json',
    fields: { label: 'Pintu uji', serviceId: null },
  }),
  'POST /api/units/:unitId/queue/next': (f) => ({
    type: 'json',
    fields: { serviceId: Number(f.params.serviceId) },
  }),
  // The fixture's number is called already: calling it again is always allowed.
  'POST /api/units/:unitId/queue/tickets/:ticketId': () => ({
    type: 'json',
    fields: { action: 'recall' },
  }),
  'PUT /api/units/:unitId/public-stats': () => ({ type: 'json', fields: { enabled: true } }),
  'POST /api/units/:unitId/registry': () => ({
    type: 'csv',
    fields: { csv: `nik,dosis,positif\n${hijau},2,tidak` },
  }),
  'POST /api/units/:unitId/services': () => ({ type: 'json', fields: serviceFields }),
  'PATCH /api/units/:unitId/services/:serviceId': () => ({ type: 'json', fields: serviceFields }),
  'POST /api/units/:unitId/services/:serviceId/pause': () => ({
    type: 'json',
    fields: { paused: false },
  }),
  'POST /api/units/:unitId/service-templates': () => ({ type: 'json', fields: templateFields }),
  'PATCH /api/units/:unitId/service-templates/:templateId': () => ({
    type: 'json',
    fields: templateFields,
  }),
  'POST /api/units/:unitId/services/adopt': (f) => ({
    type: 'json',
    fields: { templateId: Number(f.params.templateId) },
  }),
  'POST /api/units/:unitId/services/template': () => ({
    type: 'json',
    fields: { template: 'kelurahan' },
  }),
  'POST /api/v1/checkins': (f) => ({
    type: 'json',
    fields: {
      idempotency_key: 'uji-1',
      identity: hijau,
      kind: 'in',
      poster: f.params.token,
      occurred_at: new Date().toISOString(),
    },
  }),
  'POST /c/:token/masuk': () => ({ type: 'form', fields: { identitas: hijau } }),
  'POST /c/:token/keluar': (f) => ({
    type: 'form',
    fields: { event: f.params.eventId!, s: f.receipt },
  }),
  'POST /c/:token/skm': (f) => ({
    type: 'form',
    fields: { event: f.params.eventId!, s: f.receipt, ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, '3'])) },
  }),
};

const serviceFields = {
  name: 'Layanan uji',
  category: 'kependudukan',
  description: '',
  openingHours: officeHours,
  dailyCapacity: 100,
  admits: ['hijau', 'kuning'],
  queueLetter: null,
};

const templateFields = {
  ...serviceFields,
  name: 'Templat uji',
  requirements: 'Fotokopi KK\nSurat pengantar RT/RW',
  completionTime: '1 hari kerja',
  fee: 'Tidak dipungut biaya',
};

/**
 * The unit each route names where it is not Telaga Asih's: a template belongs to a regency, city
 * or kecamatan, and only there do its routes accept a sample.
 */
export const unitOf: Record<string, (f: Fixture) => string> = {
  'POST /api/units/:unitId/service-templates': (f) => f.templateOwner,
  'PATCH /api/units/:unitId/service-templates/:templateId': (f) => f.templateOwner,
  'DELETE /api/units/:unitId/service-templates/:templateId': (f) => f.templateOwner,
};

export const contentTypes: Record<Body['type'], string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  csv: 'text/csv',
};

/** The body on the wire. */
export function encodeBody(body: Body): string {
  if (body.type === 'json') return JSON.stringify(body.fields);
  if (body.type === 'csv') return body.fields.csv;
  return new URLSearchParams(body.fields).toString();
}
