import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/browser';
import { DOLLAR_ERA, SIZES, after, mounted, openAt } from '../support/scrolly';
import { shot } from '../support/shots';
import { useBuiltSite } from '../support/site';

/**
 * The scrollytelling as a reader meets it: the pinned figure is never hidden
 * behind the text, it carries its title and units, and it always shows the
 * step in view, however the reader got there (scrolling, reloading, following
 * a link, flinging the page).
 */

const built = useBuiltSite();
const CHAPTERS = builtPages().filter((p) => /^\/essay\/[^/]+\/$/.test(p));

const open = (path: string, width: keyof typeof SIZES, extra: BrowserContextOptions = {}) =>
  openAt(built, path, width, extra);

/** What one scroll position of a scrolly shows a reader. */
interface Sample {
  y: number;
  /** Share of the pinned figure's drawing not covered by a step card (elementFromPoint on a grid). */
  visible: number;
  /** Whether the figure's title, with its units, shows inside the pinned stage. */
  titled: boolean;
}

/** One scrolly as a reader met it, scrolling through. */
interface ScrollyView {
  id: string;
  samples: Sample[];
  tallestCard: number;
  /** Steps never shown clear of the stage for a quarter of the window (or whole, when shorter). */
  unread: string[];
  /** Left as it reads without scripts (its figure too tall to pin on this screen). */
  inline: boolean;
  /** Whether every step shows its own figure in the flow. */
  figuresShown: boolean;
  /** Whether the stage, or the fade under it, covers the toggle of the data table below the steps. */
  footCovered: boolean;
}

/**
 * Scrolls through every scrolly of the page in steps of an eighth of the
 * viewport and samples, wherever the stage is pinned, what of its figure a
 * reader sees. Runs in the page: layout is computed synchronously on each read.
 */
function sampleScrollies(page: Page): Promise<ScrollyView[]> {
  return page.evaluate(() => {
    const out: ScrollyView[] = [];
    for (const scrolly of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
      const stage = scrolly.querySelector<HTMLElement>('[data-scrolly-stage]')!;
      const title = (scrolly.querySelector('.scrolly-title')?.textContent ?? '').trim();
      const steps = [...scrolly.querySelectorAll<HTMLElement>('[data-step]')];
      const top = scrolly.getBoundingClientRect().top + scrollY;
      const bottom = top + scrolly.offsetHeight;
      const samples: Sample[] = [];
      // The most of each step's card seen at once, clear of the pinned stage.
      const read = steps.map(() => 0);
      for (let y = Math.max(0, top - innerHeight); y < bottom; y += Math.round(innerHeight / 16)) {
        scrollTo(0, y);
        const s = stage.getBoundingClientRect();
        const pinned = Math.abs(s.top - parseFloat(getComputedStyle(stage).top)) < 1 && s.bottom > 0;
        steps.forEach((step, i) => {
          const b = step.getBoundingClientRect();
          // A stage above the cards hides what passes under it; one beside them (a wide screen) hides nothing.
          const above = pinned && s.left < b.right && s.right > b.left ? s.bottom : 0;
          read[i] = Math.max(read[i]!, Math.min(b.bottom, innerHeight) - Math.max(b.top, above));
        });
        if (!pinned) continue;
        // The drawing the reader looks at: the largest SVG shown in the stage.
        const svg = [...stage.querySelectorAll('svg')]
          .filter((g) => !g.parentElement?.closest('svg') && g.getBoundingClientRect().width > 0)
          .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
        if (!svg) {
          samples.push({ y, visible: 0, titled: false });
          continue;
        }
        const r = svg.getBoundingClientRect();
        let seen = 0;
        let total = 0;
        for (let i = 0.5; i < 12; i++)
          for (let j = 0.5; j < 9; j++) {
            const px = r.left + (r.width * i) / 12;
            const py = r.top + (r.height * j) / 9;
            total++;
            if (px < 0 || py < 0 || px >= innerWidth || py >= innerHeight) continue;
            const hit = document.elementFromPoint(px, py);
            if (hit && !hit.closest('[data-step]')) seen++;
          }
        const titled = [...stage.querySelectorAll<HTMLElement>('*')].some((el) => {
          const b = el.getBoundingClientRect();
          return (
            el.childElementCount === 0 &&
            el.textContent?.trim() === title &&
            el.checkVisibility({ opacityProperty: true }) &&
            b.top >= 0 &&
            b.bottom <= innerHeight
          );
        });
        samples.push({ y, visible: seen / total, titled });
      }
      const tallestCard = Math.max(...steps.map((st) => st.getBoundingClientRect().height));
      const unread = steps.flatMap((step, i) =>
        read[i]! < Math.min(step.offsetHeight - 2, innerHeight / 4)
          ? [`#${step.id} (${Math.round(read[i]!)} px seen)`]
          : [],
      );
      // Past the steps, the data table's toggle under them stands clear of the stage and its fade.
      scrollTo(0, bottom - innerHeight / 2);
      const toggle = scrolly.querySelector('.scrolly-foot summary')?.getBoundingClientRect();
      const after = getComputedStyle(stage, '::after');
      const fade = after.content === 'none' ? 0 : parseFloat(after.height) || 0;
      const stageNow = stage.getBoundingClientRect();
      const footCovered =
        !!toggle && stageNow.height > 0 && stageNow.left < toggle.right && toggle.top < stageNow.bottom + fade;
      const inline = scrolly.classList.contains('is-inline');
      const figuresShown = steps.every((step) => step.querySelector('[data-step-figure]')?.checkVisibility());
      out.push({ id: scrolly.id, samples, tallestCard, unread, inline, figuresShown, footCovered });
    }
    return out;
  });
}

/** The caption of the figure the stage shows (more than half faded in), and the captions of the steps. */
function stageAndSteps(page: Page, scrollyId: string): Promise<{ shown: string[]; steps: string[] }> {
  return page.evaluate((id) => {
    const scrolly = document.getElementById(id)!;
    const stage = scrolly.querySelector('[data-scrolly-stage]')!;
    const text = (el: Element | null) => (el?.textContent ?? '').trim();
    const steps = [...scrolly.querySelectorAll('[data-step] > [data-step-figure] [data-step-caption]')].map(text);
    // Any text in the stage that is a step's caption, as far as it shows (opacity along its ancestors).
    const shown = [...stage.querySelectorAll('*')]
      .filter((c) => c.childElementCount === 0 && steps.includes(text(c)))
      .filter((c) => {
        let opacity = 1;
        for (let n: Element | null = c; n && n !== stage; n = n.parentElement)
          opacity *= Number(getComputedStyle(n).opacity);
        return opacity > 0.5 && c.checkVisibility({ visibilityProperty: true });
      })
      .map(text);
    return { shown, steps };
  }, scrollyId);
}

describe('the pinned figure of every scrolly', () => {
  for (const width of [390, 768, 1280] as const) {
    it(`stays at least 85 % visible, titled with its units, beside cards that fit the screen and each read clear of it, at ${width} px`, async () => {
      expect(CHAPTERS.length).toBeGreaterThan(5);
      const context = await built.browser.newContext(SIZES[width]);
      const page = await context.newPage();
      const problems: string[] = [];
      let positions = 0;
      for (const path of CHAPTERS) {
        await page.goto(built.url(path), { waitUntil: 'load' });
        await mounted(page);
        for (const { id, samples, tallestCard, unread, inline, figuresShown, footCovered } of await sampleScrollies(
          page,
        )) {
          if (footCovered) problems.push(`${path}#${id}: the data table's toggle under the stage or its fade`);
          // Every step can be read, clear of the figure, wherever the figure is.
          for (const step of unread) problems.push(`${path}#${id}: step ${step} never clear of the stage`);
          if (inline) {
            // Too tall to pin on this screen, the figure goes with each step, as without scripts; a desktop pins all.
            if (width === 1280) problems.push(`${path}#${id}: not pinned at 1280 px`);
            if (!figuresShown) problems.push(`${path}#${id}: inline, yet a step shows no figure`);
            continue;
          }
          positions += samples.length;
          const worst = Math.min(...samples.map((s) => s.visible));
          if (samples.length < 4) problems.push(`${path}#${id}: pinned at only ${samples.length} positions`);
          if (worst < 0.85) problems.push(`${path}#${id}: only ${Math.round(worst * 100)} % of the figure visible`);
          const untitled = samples.filter((s) => !s.titled).length;
          if (untitled) problems.push(`${path}#${id}: no title in the pinned stage at ${untitled} positions`);
          // A card fits the screen, so a reader can see all of a step at once.
          if (tallestCard > SIZES[width].viewport.height * 0.9)
            problems.push(`${path}#${id}: a card ${Math.round(tallestCard)} px tall`);
        }
      }
      expect(problems).toEqual([]);
      expect(positions).toBeGreaterThan(CHAPTERS.length * 8);
      await context.close();
    });
  }
});

describe('the stage shows the step in view', () => {
  for (const width of [1280, 390] as const) {
    it(`after a reload half-way through a scrolly, at ${width} px`, async () => {
      const page = await open(DOLLAR_ERA, width);
      // The fourth step sits whole in the reading area: its top a little below the stage (or the screen's top).
      await page.evaluate(() => {
        const scrolly = document.getElementById('gold-window')!;
        const step = scrolly.querySelectorAll<HTMLElement>('[data-step]')[3]!;
        const stage = scrolly.querySelector<HTMLElement>('[data-scrolly-stage]')!;
        const [a, b] = [stage.getBoundingClientRect(), step.getBoundingClientRect()];
        const beside = a.right <= b.left || a.left >= b.right;
        const below = beside ? 0 : stage.offsetHeight;
        scrollTo(0, step.getBoundingClientRect().top + scrollY - below - innerHeight * 0.05);
      });
      await page.waitForTimeout(300);
      await page.reload({ waitUntil: 'load' });
      await mounted(page);
      await after(page, 300);
      const { shown, steps } = await stageAndSteps(page, 'gold-window');
      expect(shown).toEqual([steps[3]]);
      await page.screenshot({ path: shot(`scrolly-reload-${width}.png`) });
      await page.context().close();
    });
  }

  it('after following a link to a step', async () => {
    let page = await open(DOLLAR_ERA, 390);
    // A step's link is its own readable id, as the chapter names it.
    const target = 'us-debt-2020';
    expect(await page.evaluate(() => document.querySelectorAll('#federal-debt [data-step]')[2]?.id)).toBe(target);
    await page.context().close();
    // The link opened as a reader who was sent it would: a fresh page in a new context.
    page = await open(`${DOLLAR_ERA}#${target}`, 390);
    await after(page, 300);
    const { shown, steps } = await stageAndSteps(page, 'federal-debt');
    expect(shown).toEqual([steps[2]]);
    // The step the link names is in view, not under the pinned figure.
    const where = await page.evaluate((id) => {
      const step = document.getElementById(id)!.getBoundingClientRect();
      const stage = document.querySelector('#federal-debt [data-scrolly-stage]')!.getBoundingClientRect();
      return { top: step.top, stageBottom: stage.bottom };
    }, target);
    expect(where.top).toBeGreaterThanOrEqual(where.stageBottom - 1);
    expect(where.top).toBeLessThan(844 * 0.8);
    expect(new URL(page.url()).hash).toBe(`#${target}`);
    await page.screenshot({ path: shot('scrolly-anchor-390.png') });
    await page.context().close();
  });

  it('after following an older link of the form #<scrolly>-<n>, whose address becomes the step’s own', async () => {
    const page = await open(`${DOLLAR_ERA}#federal-debt-3`, 1280);
    await after(page, 300);
    const { shown, steps } = await stageAndSteps(page, 'federal-debt');
    expect(shown).toEqual([steps[2]]);
    expect(await page.evaluate(() => location.hash)).toBe('#us-debt-2020');
    await page.context().close();
  });

  for (const width of [1280, 390] as const) {
    it(`within 300 ms of a fling to the last step, at ${width} px`, async () => {
      const page = await open(DOLLAR_ERA, width);
      await page.evaluate(() => {
        const steps = document.querySelectorAll<HTMLElement>('#federal-debt [data-step]');
        const last = steps[steps.length - 1]!;
        scrollTo(0, last.getBoundingClientRect().bottom + scrollY - innerHeight * 0.9);
      });
      await after(page, 300);
      const { shown, steps } = await stageAndSteps(page, 'federal-debt');
      expect(shown).toEqual([steps.at(-1)]);
      await page.screenshot({ path: shot(`scrolly-fling-${width}.png`) });
      await page.context().close();
    });
  }
  it('after the window is resized from desktop to phone width', async () => {
    const page = await open('/essay/the-triffin-dilemma/', 1280);
    await page.evaluate(() => {
      const step = document.querySelectorAll<HTMLElement>('#triffin-story [data-step]')[2]!;
      scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight * 0.3);
    });
    await after(page, 300);
    await page.setViewportSize({ width: 390, height: 844 });
    await after(page, 300);
    // The card a reader sees most of, below the pinned stage, is the one the stage must show.
    const inView = await page.evaluate(() => {
      const stage = document.querySelector('#triffin-story [data-scrolly-stage]')!.getBoundingClientRect();
      const seen = [...document.querySelectorAll('#triffin-story [data-step]')].map((s) => {
        const r = s.getBoundingClientRect();
        return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, stage.bottom));
      });
      return seen.indexOf(Math.max(...seen));
    });
    const { shown, steps } = await stageAndSteps(page, 'triffin-story');
    expect(shown).toEqual([steps[inView]]);
    await page.context().close();
  });
});

describe('changes between steps', () => {
  /** Scrolls the wheel until the second step of chapter 5's scrolly is active, recording the animations it starts. */
  async function wheelToSecondStep(page: Page): Promise<{ longest: number; count: number }> {
    await page.evaluate(() => document.getElementById('triffin-story')!.scrollIntoView());
    await page.mouse.move(640, 450);
    await page.evaluate(() => {
      const w = window as unknown as { __anims: Animation[] };
      w.__anims = [];
      document.addEventListener('transitionrun', () => w.__anims.push(...document.getAnimations()), true);
    });
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 150);
      await page.waitForTimeout(30);
      const { shown, steps } = await stageAndSteps(page, 'triffin-story');
      if (shown[0] === steps[1]) break;
    }
    await page.waitForTimeout(450);
    const { shown, steps } = await stageAndSteps(page, 'triffin-story');
    expect(shown).toEqual([steps[1]]);
    return page.evaluate(() => {
      const anims = (window as unknown as { __anims: Animation[] }).__anims.filter((a) =>
        (a.effect as KeyframeEffect | null)?.target?.closest('[data-scrolly-stage]'),
      );
      const longest = Math.max(0, ...anims.map((a) => Number(a.effect?.getComputedTiming().duration ?? 0)));
      return { longest, count: anims.length };
    });
  }

  it('the figure cross-fades in at most 400 ms', async () => {
    const page = await open('/essay/the-triffin-dilemma/', 1280);
    const { longest, count } = await wheelToSecondStep(page);
    expect(count).toBeGreaterThan(0);
    expect(longest).toBeGreaterThan(100);
    expect(longest).toBeLessThanOrEqual(400);
    await page.context().close();
  });

  it('and switches at once under prefers-reduced-motion', async () => {
    const page = await open('/essay/the-triffin-dilemma/', 1280, { reducedMotion: 'reduce' });
    const { longest } = await wheelToSecondStep(page);
    expect(longest).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
