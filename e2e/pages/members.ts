import type { Page } from '@playwright/test';

/** /u/<unit>/members: the unit's members, the form that adds one, and password resets. */
export class MembersPage {
  constructor(readonly page: Page) {}

  async goto(unit: number) {
    await this.page.goto(`/u/${unit}/members`);
  }

  async add(name: string, email: string) {
    await this.page.getByLabel('Nama').fill(name);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByRole('button', { name: 'Tambah anggota' }).click();
  }

  /** Resets a member's password from the row's menu, confirming when asked. */
  async resetPassword(email: string) {
    await this.page
      .getByRole('row')
      .filter({ hasText: email })
      .getByRole('button', { name: /^Tindakan untuk / })
      .click();
    await this.page.getByRole('menuitem', { name: 'Atur ulang kata sandi' }).click();
    await this.page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Atur ulang kata sandi' })
      .click();
  }

  /** The notice after an invitation or a reset, which names who gets the link. */
  notice() {
    return this.page.getByRole('status');
  }

  /** Reads the one-time link the page shows once. */
  async shownLink(): Promise<string> {
    return (await this.notice().locator('code').textContent())!.trim();
  }
}
