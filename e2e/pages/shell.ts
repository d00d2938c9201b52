import type { Locator, Page } from '@playwright/test';

/**
 * What every signed-in page has around it: the heading, the unit switcher, the breadcrumbs, the
 * unit's tabs, and the account menu (password, language, sign-out).
 */
export class AppShell {
  readonly heading: Locator;
  readonly unitSearch: Locator;
  readonly breadcrumbs: Locator;
  readonly unitTabs: Locator;
  /** The account menu's button, named after the signed-in user: present on every signed-in page. */
  readonly accountMenu: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.unitSearch = page.getByRole('combobox', { name: 'Ganti unit' });
    this.breadcrumbs = page.getByRole('navigation', { name: /breadcrumb|jejak/i });
    this.unitTabs = page.getByRole('navigation', { name: 'Halaman unit' });
    this.accountMenu = page.getByRole('button', { name: /^Akun: / });
  }

  /** Opens the account menu and picks one of its entries. */
  async fromAccountMenu(entry: string) {
    await this.accountMenu.click();
    await this.page.getByRole('menuitem', { name: entry }).click();
  }

  /** Searches the switcher and opens the first unit whose name matches. */
  async switchTo(query: string, name: RegExp) {
    await this.unitSearch.fill(query);
    await this.page.getByRole('option', { name }).first().click();
  }

  async signOut() {
    await this.fromAccountMenu('Keluar');
  }
}
