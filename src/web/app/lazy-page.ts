// Pages whose code is fetched when first shown, so a visit downloads only the features it uses. A
// failed fetch becomes a PageCodeUnavailable error, which the page's error boundary explains.
import { type ComponentType, lazy } from 'react';

/**
 * The code for a page could not be fetched: the network dropped, or Bulwark was updated since this
 * tab loaded and the old file is gone. Reloading fetches the current version.
 */
export class PageCodeUnavailable extends Error {
  constructor(cause: unknown) {
    super('The code for this page could not be loaded.', { cause });
    this.name = 'PageCodeUnavailable';
  }
}

/** A page component loaded on first render from `load` (a feature's dynamic import). */
export function lazyPage<Feature>(load: () => Promise<Feature>, page: (feature: Feature) => ComponentType) {
  return lazy(async () => {
    let feature: Feature;
    try {
      feature = await load();
    } catch (cause) {
      throw new PageCodeUnavailable(cause);
    }
    return { default: page(feature) };
  });
}
