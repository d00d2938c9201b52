import type { Locator, Page } from '@playwright/test';

/** What every signed-in page has around it: the heading, the unit switcher, the breadcrumbs, sign-out. */
export class AppShell {
  readonly heading: Locator;
  readonly unitSearch: Locator;
  readonly breadcrumbs: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.unitSearch = page.getByRole('combobox', { name: 'Ganti unit' });
    this.breadcrumbs = page.getByRole('navigation', { name: /breadcrumb|jejak/i });
    this.signOutButton = page.getByRole('button', { name: 'Keluar' });
  }

  /** Searches the switcher and opens the first unit whose name matches. */
  async switchTo(query: string, name: RegExp) {
    await this.unitSearch.fill(query);
    await this.page.getByRole('option', { name }).first().click();
  }

  async signOut() {
    await this.signOutButton.click();
  }
}
