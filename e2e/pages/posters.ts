import { expect, type Locator, type Page } from '@playwright/test';

/** /u/<unit>/posters: the unit's posters and the form that makes one. */
export class PostersPage {
  readonly label: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.label = page.getByLabel('Label', { exact: true });
    this.createButton = page.getByRole('button', { name: 'Buat poster' });
  }

  async goto(unit: number) {
    await this.page.goto(`/u/${unit}/posters`);
  }

  row(label: string): Locator {
    return this.page.getByRole('row').filter({ hasText: label });
  }

  /** Submits the form for a poster, for a service when one is named. */
  async create(label: string, service?: string) {
    await this.label.fill(label);
    if (service)
      await this.page.getByRole('combobox', { name: /^Layanan/ }).selectOption({ label: service });
    await this.createButton.click();
  }

  /** Makes a poster for a service and waits for its code in the list. */
  async add(label: string, service: string) {
    await this.create(label, service);
    await expect(this.row(label)).toContainText(/[A-Z2-9]{4}-[A-Z2-9]{4}/);
  }

  /** Gives a poster a new code, accepting the confirmation. */
  async rotate(label: string) {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.row(label).getByRole('button', { name: 'Ganti kode' }).click();
  }

  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
