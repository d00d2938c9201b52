import { formatDay } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { PolicyMark } from '@/lib/stats/policy-marks';

/** The marks in words under a chart: the date, the policy, whose it is and who enters from then. */
export function PolicyMarkList(props: {
  marks: PolicyMark[];
  t: Pick<Dictionary['dashboard'], 'policyMarks' | 'policyMark'>;
  statusNames: Dictionary['statuses'];
  locale: 'id' | 'en';
}) {
  if (props.marks.length === 0) return null;
  return (
    <div className="mt-2 text-xs text-slate-700">
      <p className="font-medium text-blue-800">{props.t.policyMarks}</p>
      <ul aria-label={props.t.policyMarks} className="list-disc pl-5">
        {props.marks.map((m, i) => (
          <li key={i}>
            {props.t.policyMark
              .replace('{date}', formatDay(m.date, props.locale))
              .replace('{name}', m.name)
              .replace('{unit}', m.unitName)
              .replace('{list}', m.admits.map((s) => props.statusNames[s]).join(', '))}
          </li>
        ))}
      </ul>
    </div>
  );
}
