import { test as setup } from '@playwright/test';
import { accounts, type Account, storageStateOf } from './support/accounts';
import { LoginPage } from './pages/login';

/** Signs each shared account in once, through the login page, and keeps its cookies for the specs. */
for (const account of Object.keys(accounts) as Account[]) {
  setup(`sign in as ${account}`, async ({ page }) => {
    await new LoginPage(page).signIn(accounts[account]);
    await page.context().storageState({ path: storageStateOf(account) });
  });
}
