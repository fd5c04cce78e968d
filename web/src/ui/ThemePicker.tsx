import { chooseTheme, parseTheme, useThemeChoice } from './theme';

const LABELS = {
  system: 'System',
  dark: 'Dark',
  light: 'Light',
  'high-contrast': 'High contrast',
} as const;

/** Theme choice for the top bar; "System" follows the operating system's preference. */
export function ThemePicker() {
  const choice = useThemeChoice();
  return (
    <label className="theme-picker">
      <span className="visually-hidden">Theme</span>
      <select
        value={choice}
        onChange={(e) => chooseTheme(parseTheme(e.target.value) ?? 'system')}
        aria-label="Theme"
      >
        {Object.entries(LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
