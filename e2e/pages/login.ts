import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/demo/accounts';

/** /login: the form and the message it shows under it. */
export class LoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The form's own message (a wrong password, a lock, an empty form). */
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel('Email');
    this.password = page.getByLabel('Kata sandi');
    this.submit = page.getByRole('button', { name: 'Masuk' });
    this.alert = page.locator('form').getByRole('alert');
  }

  /** `callbackUrl` goes into the query as given: the caller encodes it, or deliberately does not. */
  async goto(callbackUrl?: string) {
    await this.page.goto(
      callbackUrl === undefined ? '/login' : `/login?callbackUrl=${callbackUrl}`,
    );
  }

  async submitAs(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in from the login page and waits for the app shell. */
  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.goto();
    await this.submitAs(email, password);
    await expect(this.page.getByRole('button', { name: /^Akun: / })).toBeVisible();
  }

  /** Tries to sign in and expects the form to refuse the pair. */
  async expectRefused(email: string, password: string) {
    await this.goto();
    await this.submitAs(email, password);
    await expect(
      this.page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }),
    ).toBeVisible();
  }
}
