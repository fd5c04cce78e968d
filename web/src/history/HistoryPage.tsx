/** Placeholder while the page is built. */
export default function HistoryPage() {
  return <div className="page"><h1>HistoryPage</h1></div>;
}
