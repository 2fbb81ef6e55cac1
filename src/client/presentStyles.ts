import presentStylesheet from './present.css?url';

/** The presenter's stylesheet: fetched when a reader starts the mode, not carried in every page that offers it. */
let styles: Promise<void> | undefined;
let loaded = false;

/** True once the stylesheet has arrived (or failed to: the slides then come unstyled rather than never). */
export const presentStylesLoaded = (): boolean => loaded;

/** Adds the presenter's stylesheet to `doc` once; resolves when it has loaded or failed. */
export function loadPresentStyles(doc: Document): Promise<void> {
  styles ??= new Promise<void>((resolve) => {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = presentStylesheet;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    doc.head.append(link);
  }).then(() => {
    loaded = true;
  });
  return styles;
}
