import { expect, type Page } from '@playwright/test';

/** /u/<unit>/api-keys, where an admin makes the scanners' keys. */
export class ApiKeysPage {
  constructor(readonly page: Page) {}

  /** Makes a key and reads it from the notice that shows it once. */
  async create(unit: number, name: string): Promise<string> {
    await this.page.goto(`/u/${unit}/api-keys`);
    await this.page.getByLabel('Nama kunci').fill(name);
    await this.page.getByRole('button', { name: 'Buat kunci' }).click();
    const key = await this.page
      .getByRole('status')
      .filter({ hasText: 'hanya ditampilkan sekali' })
      .locator('code')
      .innerText();
    expect(key).toMatch(/^pnd_/);
    return key;
  }
}
