import type { Locator, Page } from '@playwright/test';

/** /c/<token>: the visitor's check-in page behind a poster's QR. */
export class DoorPage {
  readonly identity: Locator;
  /** The answer, its kind in `data-outcome`. */
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.identity = page.getByLabel('NIK atau nomor ponsel');
    this.outcome = page.locator('[data-outcome]');
  }

  async goto(token: string) {
    return this.page.goto(`/c/${token}`);
  }

  /** Opens the poster's page, types a NIK or phone number and sends it. */
  async checkIn(token: string, typed: string) {
    await this.goto(token);
    await this.identity.fill(typed);
    await this.page.getByRole('button', { name: /Check-in|Periksa lagi/ }).click();
  }
}
