import { expect, type Locator, type Page } from '@playwright/test';

/** /u/<unit>/services: the unit's services and the form that adds one. */
export class ServicesPage {
  readonly name: Locator;
  readonly capacity: Locator;
  /** Opens the form, and submits it once open. */
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByLabel('Nama layanan');
    this.capacity = page.getByLabel('Kuota harian');
    this.addButton = page.getByRole('button', { name: 'Tambah layanan' });
  }

  async goto(unit: number) {
    await this.page.goto(`/u/${unit}/services`);
  }

  /** Adds a service through the form; the service's name is what the page shows afterwards. */
  async add(name: string) {
    await this.addButton.click();
    await this.name.fill(name);
    await this.page.getByLabel('Kategori').selectOption('pendidikan');
    await this.capacity.fill('30');
    await this.addButton.click();
    await expect(this.page.getByRole('row').filter({ hasText: name })).toBeVisible();
  }

  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
