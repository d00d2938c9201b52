import type { Flag, FlagKind } from '@/lib/attention/rules';
import { type FlagVoice, flagWords } from '@/lib/attention/words';

const tones: Record<FlagKind, string> = {
  noPoster: 'bg-rose-100 text-rose-900',
  silent: 'bg-rose-100 text-rose-900',
  belowUsual: 'bg-amber-100 text-amber-900',
  refusing: 'bg-amber-100 text-amber-900',
  silentBelow: 'bg-slate-100 text-slate-800',
};

/** A unit's flags, each a badge and its reason in words; "Baik" without any. */
export function FlagList(props: { flags: Flag[]; voice: FlagVoice }) {
  const { flags, voice } = props;
  if (flags.length === 0)
    return <span className="text-xs text-emerald-800">{voice.t.table.fine}</span>;
  return (
    <ul className="grid gap-1" data-testid="flags">
      {flags.map((flag) => {
        const words = flagWords(flag, voice);
        return (
          <li key={flag.kind} className="text-xs" data-flag={flag.kind}>
            <span
              className={`mr-1 rounded px-1.5 py-0.5 font-medium whitespace-nowrap ${tones[flag.kind]}`}
            >
              <span aria-hidden="true">⚠ </span>
              {words.label}
            </span>
            <span className="text-slate-600">{words.why}</span>
          </li>
        );
      })}
    </ul>
  );
}
