/** Placeholder while the page is built. */
export default function WallboardPage() {
  return <div className="page"><h1>WallboardPage</h1></div>;
}
