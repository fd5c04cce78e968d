import { useState, type FormEvent } from 'react';
import { humanize } from '../ui/format';
import { IMPACTS, STATUSES, type HistoryFilters } from './useHistoryFilters';

/** Filters for the history; every change lands in the URL. */
export function HistoryFiltersForm({
  filters,
  components,
  onChange,
}: {
  filters: HistoryFilters;
  components: readonly { id: string; name: string }[];
  onChange: (patch: Partial<HistoryFilters>) => void;
}) {
  const [q, setQ] = useState(filters.q);
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q });
  };
  const toggle = <T extends string>(list: T[], value: T): T[] =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return (
    <form className="panel filters" onSubmit={onSearch} aria-label="Filter incidents">
      <div className="filter-search">
        <label htmlFor="history-q">Search titles and updates</label>
        <div className="search-row">
          <input
            id="history-q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            maxLength={200}
          />
          <button type="submit" className="btn">
            Search
          </button>
        </div>
      </div>
      <fieldset className="checks">
        <legend>Status</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={filters.status.includes(s)}
              onChange={() => onChange({ status: toggle(filters.status, s) })}
            />
            {humanize(s)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>Impact</legend>
        {IMPACTS.map((i) => (
          <label key={i}>
            <input
              type="checkbox"
              checked={filters.impact.includes(i)}
              onChange={() => onChange({ impact: toggle(filters.impact, i) })}
            />
            {humanize(i)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor="history-component">Component</label>
          <select
            id="history-component"
            value={filters.component}
            onChange={(e) => onChange({ component: e.target.value })}
          >
            <option value="">Any component</option>
            {components.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-from">Started from (UTC)</label>
          <input
            id="history-from"
            type="date"
            value={filters.from}
            onChange={(e) => onChange({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="history-to">Started until (UTC)</label>
          <input
            id="history-to"
            type="date"
            value={filters.to}
            onChange={(e) => onChange({ to: e.target.value })}
          />
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          className="btn ghost"
          onClick={() => {
            setQ('');
            onChange({ status: [], impact: [], component: '', from: '', to: '', q: '' });
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
