import { statuses } from '@/lib/services/vocabulary';
import { statusColour } from './status-style';

/** The status textures, defined once per page; every chart and legend swatch refers to them. */
export function StatusPatterns() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }}
    >
      <defs>
        {statuses.map((s) => (
          <pattern
            key={s}
            id={`pindai-status-${s}`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
          >
            <rect width="6" height="6" fill={statusColour[s]} />
            {s === 'kuning' && (
              <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#422006" strokeWidth="1.2" />
            )}
            {s === 'merah' && <circle cx="3" cy="3" r="1.3" fill="#fff" />}
            {s === 'hitam' && <path d="M0,0 L6,6 M6,0 L0,6" stroke="#d1d5db" strokeWidth="0.9" />}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
