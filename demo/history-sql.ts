import { sql } from 'drizzle-orm';
import { rollupDeltas } from '@/lib/checkins/rollup-sql';

/** One check-in point of the history on one day: a poster, how busy it is and its hours that day. */
export type HistoryPoint = {
  poster: number;
  unit: number;
  regency: number;
  service: number | null;
  tz: string;
  /** Outcomes let in at this point by the policy in force that day, comma-separated. */
  admits: string;
  w: number;
  from: string;
  until: string | null;
  /** The day's hours, local "HH:MM": the service's, or for an entrance the span its services cover. */
  open: string;
  close: string;
  /** A service's counter refuses scans outside its hours ('closed'); an entrance does not. */
  gated: boolean;
};

export type HistoryDay = {
  /** The local date, YYYY-MM-DD. */
  day: string;
  /** Expected scans of a point of weight 1 on this day. */
  rate: number;
  /** Share of visitors the registry does not know (a typo, a missing record): 'tidak_tercatat'. */
  unrecorded: number;
  /** Cumulative status shares of the others: below hijau → hijau, below kuning → kuning, below merah → merah, else hitam. */
  hijau: number;
  kuning: number;
  merah: number;
  /** Nothing after this instant (now). */
  end: Date;
  /** Visitor keys older than this are already erased (retention). */
  keysFrom: Date;
};

/**
 * A day of scans and their rollups (as the live ingest writes them) in one statement,
 * answering how many events it wrote. Per point,
 * floor(w·rate + random()) visits (their mean is w·rate), at minutes after local midnight within
 * the point's hours that day: 60% in a morning peak (around 09.40 for 08.00–15.00), the rest
 * spread over the hours, 1.5% in the hour and a half just before opening or after closing
 * (refused as 'closed' at a service's counter). Each visit is decided as the door decides it:
 * closed first, then the outcome under the policy in force ('not_recorded' or 'status'). Nine in
 * ten admitted visitors check out later; the rest forget, as visitors do.
 */
export function insertDaySql(points: HistoryPoint[], d: HistoryDay) {
  return sql`
    WITH p AS (
      SELECT r.*, extract(epoch FROM r.open::time) / 60 AS o, extract(epoch FROM r.close::time) / 60 AS c
      FROM jsonb_to_recordset(${JSON.stringify(points)}::jsonb) AS r(
        poster int, unit int, regency int, service int, tz text, admits text, w float8, "from" timestamptz, "until" timestamptz,
        open text, close text, gated boolean)
    ), raw AS (
      SELECT p.*,
        CASE WHEN random() < 0.015 THEN CASE WHEN random() < 0.5 THEN p.o - random() * 90 ELSE p.c + random() * 90 END
             WHEN random() < 0.6 THEN p.o + (random() + random()) * least(100, (p.c - p.o) / 2)
             ELSE p.o + random() * (p.c - p.o) END AS minute,
        random() AS rs, random() AS rn, random() AS ro, random() AS rc, random() AS rv
      FROM p CROSS JOIN LATERAL generate_series(1, floor(p.w * ${d.rate}::float8 + random())::int) g
    ), visits AS (
      SELECT r.*, ((${d.day}::date + r.minute * interval '1 minute') AT TIME ZONE r.tz) AS at,
        (CASE WHEN r.rn < ${d.unrecorded}::float8 THEN 'tidak_tercatat'
              WHEN r.rs < ${d.hijau}::float8 THEN 'hijau' WHEN r.rs < ${d.kuning}::float8 THEN 'kuning'
              WHEN r.rs < ${d.merah}::float8 THEN 'merah' ELSE 'hitam' END)::status AS st
      FROM raw r
    ), decided AS (
      SELECT v.*,
        (CASE WHEN v.gated AND (v.minute < v.o OR v.minute >= v.c) THEN 'closed'
              WHEN v.st = 'hitam' OR NOT (v.st::text = ANY (string_to_array(v.admits, ',')))
                THEN CASE WHEN v.st = 'tidak_tercatat' THEN 'not_recorded' ELSE 'status' END
         END)::refusal_reason AS reason
      FROM visits v
    ), ok AS (
      SELECT v.*, v.reason IS NULL AS admitted,
        -- The desk records the colour on a certificate it was shown: never 'tidak_tercatat'.
        (CASE WHEN v.rc < 0.04 AND v.st <> 'tidak_tercatat' THEN 'desk' ELSE 'qr' END)::checkin_channel AS channel,
        CASE WHEN v.at >= ${d.keysFrom.toISOString()}::timestamptz THEN md5('visitor' || floor(v.rv * 50000)::int) END AS vkey,
        v.at + (10 + v.ro / 0.9 * 110) * interval '1 minute' AS out_at
      FROM decided v
      WHERE v.at >= v."from" AND (v."until" IS NULL OR v.at < v."until")
        AND v.at <= ${d.end.toISOString()}::timestamptz
    ), inserted AS (
    INSERT INTO checkin_events
      (regency_id, unit_id, service_id, poster_id, kind, status, admitted, reason, channel, visitor_key, occurred_at, received_at)
    SELECT regency, unit, service, CASE WHEN channel = 'qr' THEN poster END, 'in'::checkin_kind, st, admitted, reason, channel, vkey, at, at
    FROM ok
    UNION ALL
    SELECT regency, unit, service, CASE WHEN channel = 'qr' THEN poster END, 'out'::checkin_kind, st, admitted, NULL, channel, vkey, out_at, out_at
    FROM ok
    WHERE admitted AND ro < 0.9 AND out_at <= ${d.end.toISOString()}::timestamptz
    RETURNING regency_id, unit_id, service_id, status, kind, admitted, reason, occurred_at
    ), ${rollupDeltas(sql`inserted`)}
    SELECT count(*)::int AS n FROM inserted`;
}
