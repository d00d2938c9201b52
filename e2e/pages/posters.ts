import { expect, type Locator, type Page } from '@playwright/test';

/** /u/<unit>/posters: the unit's posters and the form that makes one. */
export class PostersPage {
  readonly form: Locator;
  readonly label: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.createButton = page.getByRole('button', { name: 'Buat poster' });
    this.form = page.locator('form').filter({ has: this.createButton });
    this.label = this.form.getByLabel('Label', { exact: true });
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
      await this.form.getByRole('combobox', { name: /^Layanan/ }).selectOption({ label: service });
    await this.createButton.click();
  }

  /** Makes a poster for a service and waits for its code in the list. */
  async add(label: string, service: string) {
    await this.create(label, service);
    await expect(this.row(label)).toContainText(/[A-Z2-9]{4}-[A-Z2-9]{4}/);
  }

  /** Opens a poster's print view from its download menu (`Cetak A4` or `Cetak A5`). */
  async print(label: string, size: 'A4' | 'A5') {
    await this.row(label)
      .getByRole('button', { name: `Unduh atau cetak poster ${label}` })
      .click();
    await this.page.getByRole('menuitem', { name: `Cetak ${size}` }).click();
  }

  /** Picks a change from a poster's row menu; the confirmation it opens is left to the caller. */
  async change(label: string, action: 'Ganti kode' | 'Cabut') {
    await this.row(label)
      .getByRole('button', { name: `Tindakan untuk ${label}` })
      .click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** The open confirmation dialog. */
  get confirmation(): Locator {
    return this.page.getByRole('alertdialog');
  }

  /** Gives a poster a new code, confirming when asked. */
  async rotate(label: string) {
    await this.change(label, 'Ganti kode');
    await this.confirmation.getByRole('button', { name: 'Ganti kode' }).click();
  }

  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
