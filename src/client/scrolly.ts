/**
 * Scrollytelling without re-rendering: every step carries its own figure,
 * rendered at build time from the step's declared state. This island shows
 * the active step's figure in one sticky stage, so the figure is a pure
 * function of the active step and readers without JavaScript still see
 * every step's figure in the flow of the text.
 */
export function mount(el: HTMLElement): () => void {
  const stage = el.querySelector<HTMLElement>('[data-scrolly-stage]');
  const live = el.querySelector<HTMLElement>('[data-scrolly-live]');
  const steps = [...el.querySelectorAll<HTMLElement>('[data-step]')];
  if (!stage || steps.length === 0) return () => {};
  let active: HTMLElement | null = null;

  function activate(step: HTMLElement): void {
    if (step === active) return;
    active?.classList.remove('is-active');
    step.classList.add('is-active');
    active = step;
    const figure = step.querySelector('[data-step-figure]');
    if (figure) {
      // The stage is a visual copy (aria-hidden): drop ids so none is duplicated.
      const copy = figure.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
      copy.querySelectorAll('[aria-labelledby]').forEach((n) => n.removeAttribute('aria-labelledby'));
      stage!.replaceChildren(copy);
    }
    const caption = step.querySelector('[data-step-caption]')?.textContent ?? '';
    if (live) live.textContent = `Figure: ${caption}`;
    el.dataset['activeStep'] = String(steps.indexOf(step));
  }

  // A step is active while it crosses the line 60 % down the viewport.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) activate(entry.target as HTMLElement);
    },
    { rootMargin: '-40% 0px -60% 0px' },
  );
  steps.forEach((s) => observer.observe(s));
  const onFocus = (e: FocusEvent) => {
    const step = (e.target as HTMLElement).closest<HTMLElement>('[data-step]');
    if (step) activate(step);
  };
  el.addEventListener('focusin', onFocus);
  el.classList.add('is-mounted');
  activate(steps[0]!);

  return () => {
    observer.disconnect();
    el.removeEventListener('focusin', onFocus);
    el.classList.remove('is-mounted');
  };
}

/** Mounts every scrolly in a document. */
export function mountScrollies(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-scrolly]'))
    if (!el.classList.contains('is-mounted')) mount(el);
}
