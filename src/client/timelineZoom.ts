import { timelineLayout } from '../charts/timeline/layout';
import { domainTransform, transformDomain, type Domain } from '../charts/timeline/view';
import { TIMELINE_MAX, TIMELINE_MIN } from '../lib/timelineConstants';

/** d3-zoom on a set of drawings, in step with the explorer's domain. */
export interface ZoomControl {
  /** Shows a domain the explorer set (buttons, keys, the URL) without reporting it back. */
  sync(domain: Domain): void;
  /** Reads each drawing's width again after it was fitted to its box. */
  refit(domain: Domain): void;
}

/**
 * Loads d3-zoom (on the reader's first drag, wheel or touch, never in the
 * first load) and lets the mouse, the wheel and fingers zoom and pan each
 * drawing; `onZoom` gets the domain a gesture shows. Aborting `signal` removes
 * d3-zoom's listeners.
 */
export async function attachZoom(
  svgs: SVGSVGElement[],
  onZoom: (domain: Domain) => void,
  signal: AbortSignal,
): Promise<ZoomControl> {
  const [{ zoom, zoomIdentity }, { select }] = await Promise.all([import('d3-zoom'), import('d3-selection')]);
  let syncing = false;
  const drawings = svgs.map((svg) => {
    let layout = timelineLayout(Number(svg.dataset['width']));
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, (TIMELINE_MAX - TIMELINE_MIN) / 2])
      .on('zoom', ({ transform }: { transform: { invertX: (x: number) => number } }) => {
        if (!syncing) onZoom(transformDomain(layout, (x) => transform.invertX(x)));
      });
    const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
    // d3-zoom's own listeners go with the explorer's.
    if (signal.aborted) selection.on('.zoom', null);
    else signal.addEventListener('abort', () => selection.on('.zoom', null), { once: true });
    const extents = () => {
      layout = timelineLayout(Number(svg.dataset['width']));
      const box: [[number, number], [number, number]] = [
        [layout.left, 0],
        [layout.right, layout.height],
      ];
      behaviour.extent(box).translateExtent(box);
    };
    extents();
    return {
      sync(domain: Domain) {
        const { k, x } = domainTransform(layout, domain);
        syncing = true;
        behaviour.transform(selection, zoomIdentity.translate(x, 0).scale(k));
        syncing = false;
      },
      refit: extents,
    };
  });
  const control: ZoomControl = {
    sync: (domain) => drawings.forEach((d) => d.sync(domain)),
    refit(domain) {
      drawings.forEach((d) => d.refit());
      control.sync(domain);
    },
  };
  return control;
}
