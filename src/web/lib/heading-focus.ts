// After a client-side navigation, focus moves to the new page's h1 so screen reader users hear where
// they are (as they would after a full page load). The router marks a navigation; the page heading
// takes focus when it appears, which may be after its data has loaded.
let pending = false;

export function requestHeadingFocus(): void {
  pending = true;
}

/** True once per navigation: the first heading to ask takes focus. */
export function takeHeadingFocus(): boolean {
  const take = pending;
  pending = false;
  return take;
}
