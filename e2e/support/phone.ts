import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';
import { type Account, storageStateOf } from './accounts';

/** A cheap phone's screen: 360 × 640 CSS pixels, touch, a mobile browser. */
export const phoneScreen = {
  viewport: { width: 360, height: 640 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** A phone's browser, signed in as a shared account, or signed out. */
export function phoneContext(browser: Browser, account: Account | null): Promise<BrowserContext> {
  return browser.newContext({
    ...phoneScreen,
    ...(account ? { storageState: storageStateOf(account) } : {}),
  });
}

/**
 * The page is no wider than the screen: the document never scrolls sideways (a wide table may
 * scroll inside its own box). On failure, names the elements that stick out.
 */
export async function expectFitsScreen(page: Page, what: string) {
  const fit = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a box that scrolls or clips, unless positioned past it: an absolute element (an
    // sr-only caption, say) escapes every box up to its positioned ancestor.
    const clipped = (el: Element) => {
      let escapes = getComputedStyle(el).position === 'absolute';
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.position !== 'static') escapes = false;
        if (
          !escapes &&
          style.overflowX !== 'visible' &&
          p.getBoundingClientRect().right <= width + 1
        )
          return true;
      }
      return false;
    };
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 1 && !clipped(el);
    // The outermost elements that stick out: their children stick out because of them.
    const wide = [...document.body.querySelectorAll('*')]
      .filter(
        (el) =>
          sticksOut(el) &&
          !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)),
      )
      .slice(0, 6)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
      );
    return { width, scrollWidth: document.documentElement.scrollWidth, wide };
  });
  // Soft: one run names every page that does not fit.
  expect
    .soft(fit.scrollWidth, `${what} at ${fit.width} px: ${fit.wide.join(', ')}`)
    .toBeLessThanOrEqual(fit.width);
}
