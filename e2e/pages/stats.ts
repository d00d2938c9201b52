import type { Download, Locator, Page } from '@playwright/test';

/** /u/<unit>/stats: the statistics table and its downloads. */
export class StatsPage {
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.total = page.getByRole('row').filter({ hasText: 'Jumlah' });
  }

  async goto(unit: number) {
    return this.page.goto(`/u/${unit}/stats`);
  }

  /** Clicks a download link; the download and where the link points. */
  async download(link: string): Promise<{ file: Download; href: string }> {
    // Exact: the survey section's downloads are named after their table too ("CSV IKM").
    const anchor = this.page.getByRole('link', { name: link, exact: true });
    const [file] = await Promise.all([this.page.waitForEvent('download'), anchor.click()]);
    return { file, href: (await anchor.getAttribute('href'))! };
  }
}
