import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';

/** Logs in through the login page as a demo account and waits for the app shell. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}
