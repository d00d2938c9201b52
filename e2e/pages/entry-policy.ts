import type { Locator, Page } from '@playwright/test';

/** The entry policy section of /u/<unit>/posters: what is in force, and the form that adds one. */
export class EntryPolicySection {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('entry-policy');
  }

  async add(name: string, admits: string[]) {
    const form = this.section.locator('form');
    await form.getByLabel('Nama atau dasar kebijakan').fill(name);
    for (const s of ['Hijau', 'Kuning', 'Merah', 'Tidak tercatat']) {
      await form.getByRole('checkbox', { name: s, exact: true }).setChecked(admits.includes(s));
    }
    await form.getByRole('button', { name: 'Simpan kebijakan' }).click();
  }
}
