import { expect, type Locator, type Page } from '@playwright/test';

export type TemplateFields = {
  name?: string;
  capacity?: string;
  requirements?: string;
  completionTime?: string;
  fee?: string;
};

/** Fills the service form's fields that are given (a template's or a service's: the same form). */
export async function fillServiceForm(page: Page, fields: TemplateFields) {
  if (fields.name !== undefined) await page.getByLabel('Nama layanan').fill(fields.name);
  if (fields.capacity !== undefined) await page.getByLabel('Kuota harian').fill(fields.capacity);
  if (fields.requirements !== undefined)
    await page.getByLabel('Persyaratan').fill(fields.requirements);
  if (fields.completionTime !== undefined)
    await page.getByLabel('Waktu penyelesaian').fill(fields.completionTime);
  if (fields.fee !== undefined) await page.getByLabel('Biaya/tarif').fill(fields.fee);
}

/** /u/<regency, city or kecamatan>/services: the templates it defines for the units below. */
export class TemplatesSection {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Templat layanan untuk unit di bawah' });
  }

  async goto(unit: number) {
    await this.page.goto(`/u/${unit}/services`);
  }

  /** One template's card: its settings and who adopted it. */
  card(name: string): Locator {
    return this.section.getByRole('article', { name });
  }

  async create(fields: TemplateFields & { name: string }) {
    await this.section.getByRole('button', { name: 'Tambah templat' }).click();
    await fillServiceForm(this.page, fields);
    await this.section.getByRole('button', { name: 'Tambah templat' }).click();
    await expect(this.card(fields.name)).toBeVisible();
  }

  async edit(name: string, fields: TemplateFields) {
    await this.card(name)
      .getByRole('button', { name: `Tindakan untuk ${name}` })
      .click();
    await this.page.getByRole('menuitem', { name: 'Ubah' }).click();
    await fillServiceForm(this.page, fields);
    await this.section.getByRole('button', { name: 'Simpan templat' }).click();
    await expect(this.card(fields.name ?? name)).toBeVisible();
  }
}

/** /u/<unit>/services as an adopter sees it: the templates offered from above and the services made of them. */
export class AdoptedServices {
  readonly offered: Locator;

  constructor(readonly page: Page) {
    this.offered = page.getByRole('region', { name: 'Templat dari unit di atas' });
  }

  async goto(unit: number) {
    await this.page.goto(`/u/${unit}/services`);
  }

  async adopt(name: string) {
    await this.offered
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('button', { name: 'Pakai templat' })
      .click();
    await expect(this.row(name)).toBeVisible();
  }

  /** The unit's service of that name, in its services table. */
  row(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Layanan' })
      .getByRole('row')
      .filter({ has: this.page.locator('[data-field="name"]', { hasText: name }) });
  }

  /** A field of the service as the table shows it; `data-origin` says whether it is the template's or the unit's own. */
  field(name: string, field: string): Locator {
    return this.row(name).locator(`[data-field="${field}"]`);
  }

  async edit(name: string, fields: TemplateFields) {
    await this.row(name)
      .getByRole('button', { name: `Tindakan untuk ${name}` })
      .click();
    await this.page.getByRole('menuitem', { name: 'Ubah' }).click();
    await fillServiceForm(this.page, fields);
    await this.page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(this.row(fields.name ?? name)).toBeVisible();
  }

  async returnToTemplate(name: string, label: string) {
    await this.row(name)
      .getByRole('button', { name: `Kembalikan ${label} ke templat` })
      .click();
  }
}
