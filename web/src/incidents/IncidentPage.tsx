/** Placeholder while the page is built. */
export default function IncidentPage() {
  return <div className="page"><h1>IncidentPage</h1></div>;
}
