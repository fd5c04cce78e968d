/**
 * The browser tab's title, so a tab tells the truth too: "(2) War Room", "(2) Wallboard · War
 * Room", "Checkout is failing · War Room". React 19 hoists `<title>` into the document head.
 */
export function PageTitle({ name, active }: { name: string; active?: number }) {
  const count = active !== undefined && active > 0 ? `(${active}) ` : '';
  const title = name === 'War Room' ? `${count}War Room` : `${count}${name} · War Room`;
  return <title>{title}</title>;
}
