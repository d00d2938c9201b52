import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

/** /u/<unit>/posters/print: the printable sheets and the links that download them. */
export class PosterSheetPage {
  /** One article per poster on the sheet. */
  readonly sheets: Locator;

  constructor(readonly page: Page) {
    this.sheets = page.locator('article');
  }

  async goto(unit: number, query: string) {
    await this.page.goto(`/u/${unit}/posters/print?${query}`);
  }

  /** Clicks a download link and returns the file's bytes. */
  async download(link: string): Promise<Buffer> {
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: link }).click(),
    ]);
    return readFile((await file.path())!);
  }
}
