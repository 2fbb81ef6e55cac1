/** The smallest rendered size of a chart's text on a slide, in CSS px: legible from the back of a room. */
export const SLIDE_TEXT_PX = 24;

/** Screens laid out as a projector's (present.css holds the same query). */
const PROJECTOR = '(min-width: 900px) and (min-aspect-ratio: 1/1)';

/**
 * Sizes a slide's drawing to the room its holder leaves, keeping the SVG's
 * proportions, and sets its text size in the SVG's own units so labels render
 * at `SLIDE_TEXT_PX` or more (an SVG's text scales with its drawing).
 */
export function fitChart(holder: HTMLElement): void {
  const svg = holder.querySelector('svg');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || box.width === 0 || box.height === 0) return;
  const projector = matchMedia(PROJECTOR).matches;
  const room = holder.getBoundingClientRect();
  // A projector's holder fills the slide's column; a phone's takes the drawing's height, up to 45 % of the screen.
  const scale = Math.min(room.width / box.width, (projector ? room.height : innerHeight * 0.45) / box.height);
  if (!(scale > 0)) return;
  const width = Math.floor(box.width * scale);
  svg.style.width = `${width}px`;
  svg.style.height = `${Math.floor(box.height * scale)}px`;
  // The drawing's own size (often a clamp on its container's width) is restored before each fit.
  svg.dataset['ownFontSize'] ??= svg.style.fontSize;
  svg.style.fontSize = svg.dataset['ownFontSize'];
  // On a phone the drawing is too small for projector type: its own sizing (12 px or more) holds.
  if (!projector) return;
  const own = parseFloat(getComputedStyle(svg).fontSize) || 0;
  svg.style.fontSize = `${Math.max(own, (SLIDE_TEXT_PX * box.width) / width)}px`;
}
