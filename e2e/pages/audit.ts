import { expect, type Locator, type Page } from '@playwright/test';

/** /u/<unit>/audit: the unit's log (and its subtree's), filtered through the URL. */
export class AuditPage {
  readonly rows: Locator;
  /** The action of every row shown, in words; its key is in `data-action`. */
  readonly actions: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('audit-log').locator('tbody tr');
    this.actions = page.locator('[data-action]');
  }

  async goto(unit: number) {
    await this.page.goto(`/u/${unit}/audit`);
  }

  async filter(action: string, from: string, to: string) {
    await this.page.getByRole('combobox', { name: /^Tindakan/ }).selectOption(action);
    await this.page.getByLabel('Dari', { exact: true }).fill(from);
    await this.page.getByLabel('Sampai', { exact: true }).fill(to);
    await this.page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(this.page).toHaveURL(
      new RegExp(`action=${action.replace('.', '\\.')}&from=${from}&to=${to}`),
    );
  }
}
