import { expect, type Locator, type Page } from '@playwright/test';

/** /u/<unit>/audit: the unit's log, filtered through the URL. */
export class AuditPage {
  readonly rows: Locator;
  /** The action column of every row shown. */
  readonly actions: Locator;

  constructor(readonly page: Page) {
    this.rows = page.locator('tbody tr');
    this.actions = page.locator('tbody tr td:nth-child(3)');
  }

  async goto(unit: number) {
    await this.page.goto(`/u/${unit}/audit`);
  }

  async filter(action: string, from: string, to: string) {
    await this.page.getByRole('combobox', { name: /^Tindakan/ }).selectOption(action);
    await this.page.getByLabel('Dari').fill(from);
    await this.page.getByLabel('Sampai').fill(to);
    await this.page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(this.page).toHaveURL(
      new RegExp(`action=${action.replace('.', '\\.')}&from=${from}&to=${to}`),
    );
  }
}
