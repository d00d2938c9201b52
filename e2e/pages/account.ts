import type { Locator, Page } from '@playwright/test';

/** The signed-in user's own password page, reached from the account menu's "Kata sandi". */
export class AccountPasswordPage {
  readonly heading: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly confirm: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Ganti kata sandi' });
    this.current = page.getByLabel('Kata sandi saat ini', { exact: true });
    this.next = page.getByLabel('Kata sandi baru', { exact: true });
    this.confirm = page.getByLabel('Ulangi kata sandi baru', { exact: true });
    this.save = page.getByRole('button', { name: 'Simpan kata sandi' });
  }

  async open() {
    await this.page.getByRole('button', { name: /^Akun: / }).click();
    await this.page.getByRole('menuitem', { name: 'Kata sandi' }).click();
  }

  async change(current: string, next: string) {
    await this.current.fill(current);
    await this.next.fill(next);
    await this.confirm.fill(next);
    await this.save.click();
  }
}
