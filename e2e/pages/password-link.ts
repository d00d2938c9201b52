import type { Locator, Page } from '@playwright/test';

/** /akun/atur-sandi/<token>: a member sets a password through a one-time link. */
export class PasswordLinkPage {
  readonly next: Locator;
  readonly confirm: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.next = page.getByLabel('Kata sandi baru', { exact: true });
    this.confirm = page.getByLabel('Ulangi kata sandi baru', { exact: true });
    this.save = page.getByRole('button', { name: 'Simpan kata sandi' });
  }

  async set(password: string) {
    await this.next.fill(password);
    await this.confirm.fill(password);
    await this.save.click();
  }
}
