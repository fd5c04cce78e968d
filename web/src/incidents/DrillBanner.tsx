/** Says, at the top of any page showing it, that an incident is a drill, not a real outage. */
export function DrillBanner({ large = false }: { large?: boolean }) {
  return (
    <div className={`drill-banner${large ? ' large' : ''}`} role="note" data-testid="drill-banner">
      DRILL — a rehearsal replaying a past incident. Not a real outage.
    </div>
  );
}
