/** The deep link a page URL carries (`?view=voorstellen&item=voorstel/12`, the links the app writes), if any. */
export function pageDeepLink(search: string): string | undefined {
  const query = new URLSearchParams(search);
  const item = query.get('item');
  if (!item) return undefined;
  const view = query.get('view');
  return view ? `${view}:${item}` : item;
}
