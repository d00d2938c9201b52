import type { Locator, Page } from '@playwright/test';

/** /u/<unit>/desk: the officer's form for a visitor without a phone, and today's log. */
export class DeskPage {
  readonly live: Locator;
  /** The log's rows on the page shown. */
  readonly logRows: Locator;

  constructor(readonly page: Page) {
    this.live = page.getByText('● Langsung');
    this.logRows = page.getByTestId('desk-log').locator('tbody tr');
  }

  /** Filters the log by decision: 'Boleh masuk', 'Ditolak', 'Keluar' or 'Semua'. */
  async showOnly(outcome: string) {
    await this.page.getByRole('combobox', { name: 'Keputusan' }).selectOption({ label: outcome });
  }

  async goto(unit: number) {
    return this.page.goto(`/u/${unit}/desk`);
  }

  /** Records a check-in with the certificate's colour, as the officer reads it. */
  async record(status: 'Hijau' | 'Kuning' | 'Merah' | 'Hitam') {
    await this.page.getByRole('radio', { name: status }).check();
    await this.page.getByRole('button', { name: 'Catat check-in' }).click();
  }

  /** The notice of what was just recorded. */
  recorded(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Tercatat' });
  }
}
