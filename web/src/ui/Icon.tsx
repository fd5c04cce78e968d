/** Small inline icons, so status is never told by colour alone. Decorative: text always follows. */
export type IconName =
  'search' | 'target' | 'pulse' | 'check' | 'alert' | 'cross' | 'half' | 'wrench' | 'dot' | 'arrow';

const PATHS: Record<IconName, string> = {
  search: 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14zm5.2 12.2L21 21',
  target: 'M12 3v4M12 17v4M3 12h4M17 12h4M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10z',
  pulse: 'M2 12h4l3-7 4 14 3-7h6',
  check: 'M4 12.5l5 5L20 6.5',
  alert: 'M12 3l10 18H2L12 3zm0 7v5m0 3v.5',
  cross: 'M6 6l12 12M18 6L6 18',
  half: 'M12 3a9 9 0 1 0 0 18V3z',
  wrench: 'M14.5 4a5 5 0 0 0-4.6 6.9L3 17.8 6.2 21l6.9-6.9A5 5 0 0 0 20 9.5l-3 3-3.5-1-1-3.5 3-3z',
  dot: 'M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8z',
  arrow: 'M5 12h14M13 6l6 6-6 6',
};

/** An icon drawn with `currentColor`, hidden from assistive technology. */
export function Icon({ name, size = '1em' }: { name: IconName; size?: string }) {
  const filled = name === 'half' || name === 'dot';
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
