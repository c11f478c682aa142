// Layout checks for reflow and text zoom (WCAG 1.4.4, 1.4.10, 2.5.5): measured in the browser,
// on the page as it is drawn.

import type { Page } from 'playwright-core';

/**
 * Text zoom as a browser's "text size" setting does it: the root font size grows and everything
 * sized in rem or em grows with it, while the viewport stays as wide as it is.
 */
export async function zoomText(page: Page, percent: number): Promise<void> {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
  }, percent);
  // Two frames: the new size is laid out and painted before anything is measured.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/**
 * Everything that would stop someone from reading or using the page at this size: a page
 * wider than the screen, text cut off by a box that hides its overflow, a control smaller than
 * 44×44 CSS px, or a control that cannot be reached (outside the page, or covered).
 */
export function layoutProblems(page: Page, minTarget = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) {
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${width}`);
    }
    const name = (el: Element): string => {
      const id = el.getAttribute('data-testid') ?? el.className.toString().split(' ')[0] ?? '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `<${el.tagName.toLowerCase()}${id ? ` ${id}` : ''}> "${text}"`;
    };
    // Read by screen readers only: a 1 px box that clips on purpose.
    const visuallyHidden = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width <= 2 || r.height <= 2;
    };

    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility() || visuallyHidden(el)) continue;
      const s = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(s.overflowX);
      const clipsY = ['hidden', 'clip'].includes(s.overflowY);
      if (clipsX && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`text cut off sideways: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      }
      if (clipsY && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`text cut off below: ${name(el)} ${el.scrollHeight} > ${el.clientHeight}`);
      }
      if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`text ends in an ellipsis: ${name(el)}`);
      }
    }

    const controls = document.body.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    );
    for (const control of controls) {
      const skip = control.classList.contains('skip-link');
      // A skip link shows itself when focused; measure it that way.
      if (skip) control.focus();
      if (!control.checkVisibility()) continue;
      // A radio or check box inside its label: the whole label is what a finger taps.
      const label = ['radio', 'checkbox'].includes(control.getAttribute('type') ?? '')
        ? control.closest('label')
        : null;
      const target = label ?? control;
      if (visuallyHidden(target)) continue;
      if ((control as HTMLButtonElement).disabled) continue;
      const box = target.getBoundingClientRect();
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        problems.push(
          `control smaller than ${min}×${min}: ${name(target)} ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
      if (!skip) target.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = target.getBoundingClientRect();
      if (r.left < -0.5 || r.right > width + 0.5) {
        problems.push(`control outside the page: ${name(target)} ${r.left}…${r.right}`);
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(target.contains(hit) || hit.contains(target))) {
        problems.push(`control covered: ${name(target)} by ${hit ? name(hit) : 'nothing'}`);
      }
      if (skip) control.blur();
    }
    window.scrollTo(0, 0);
    return problems;
  }, minTarget);
}
