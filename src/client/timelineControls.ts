import { filterLine, type TimelineState } from '../state/timeline';

/** The filter keys the controls set: era and category check boxes. */
type FilterKey = 'eras' | 'cats';

/** The state after the reader changed `input`: a check box of a filter, or the search field. */
export function readControl(el: HTMLElement, input: HTMLInputElement, state: TimelineState): TimelineState {
  const key = input.dataset['timelineFilter'] as FilterKey | undefined;
  if (key) {
    const checked = [...el.querySelectorAll<HTMLInputElement>(`[data-timeline-filter="${key}"]:checked`)];
    return { ...state, [key]: checked.map((i) => i.value) };
  }
  if (input.matches('[data-timeline-search]')) return { ...state, q: input.value.trim().slice(0, 80) };
  return state;
}

/** Sets the controls to a state (a link opened, Back pressed). */
export function writeControls(el: HTMLElement, state: TimelineState): void {
  const search = el.querySelector<HTMLInputElement>('[data-timeline-search]');
  if (search) search.value = state.q;
  for (const input of el.querySelectorAll<HTMLInputElement>('[data-timeline-filter]')) {
    const key = input.dataset['timelineFilter'] as FilterKey;
    input.checked = (state[key] as string[]).includes(input.value);
  }
  writeFilterLine(el, state);
}

/** Says in the folded filters' line what they let through. */
export function writeFilterLine(el: HTMLElement, state: TimelineState): void {
  const line = el.querySelector<HTMLElement>('[data-timeline-filter-line]');
  if (line) line.textContent = filterLine(state);
}

/**
 * Hides the markers and list entries of the events a filter leaves out, and
 * says how many are shown.
 */
export function showFiltered(el: HTMLElement, shown: ReadonlySet<string>, total: number): void {
  // With every event shown and none hidden before (a page opening), there is nothing to walk through.
  const all = shown.size === total;
  if (!all || el.querySelector('g.event.is-filtered'))
    for (const g of el.querySelectorAll<SVGGElement>('g.event'))
      g.classList.toggle('is-filtered', !shown.has(g.dataset['id'] ?? ''));
  if (!all || el.ownerDocument.querySelector('[data-event-item][hidden]'))
    for (const li of el.ownerDocument.querySelectorAll<HTMLElement>('[data-event-item]'))
      li.hidden = !shown.has(li.dataset['eventItem'] ?? '');
  const count = el.querySelector<HTMLElement>('[data-timeline-count]');
  if (count) count.textContent = `Showing ${shown.size} of ${total} events`;
}
