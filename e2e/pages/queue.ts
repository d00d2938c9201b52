import type { Locator, Page } from '@playwright/test';

/** The queue on the desk page (/u/<unit>/desk): one card per service that issues numbers. */
export class QueueDeskSection {
  constructor(readonly page: Page) {}

  service(letter: string, name: string): Locator {
    return this.page.getByRole('article', { name: `${letter} ${name}` });
  }

  async callNext(letter: string, name: string) {
    await this.service(letter, name).getByRole('button', { name: 'Panggil berikutnya' }).click();
  }

  /** A button beside a number called or skipped: Panggil ulang, Lewati or Selesai. */
  async act(
    letter: string,
    name: string,
    number: string,
    action: 'Panggil ulang' | 'Lewati' | 'Selesai',
  ) {
    await this.service(letter, name)
      .getByRole('listitem')
      .filter({ hasText: number })
      .getByRole('button', { name: action })
      .click();
  }
}

/** /layar/<token>: the television at the counter, opened with its link, no login. */
export class QueueDisplayScreen {
  constructor(readonly page: Page) {}

  card(service: string): Locator {
    return this.page.locator('section.card').filter({ hasText: service });
  }

  /** The number the service called last, in large type. */
  current(service: string): Locator {
    return this.card(service).locator('.num');
  }
}

/** The visitor's queue number on the result page of their check-in. */
export class TicketBox {
  readonly number: Locator;
  readonly status: Locator;
  readonly serving: Locator;
  readonly wait: Locator;

  constructor(readonly page: Page) {
    const box = page.locator('#q');
    this.number = box.locator('.num');
    this.status = page.locator('#q-st');
    this.serving = page.locator('#q-s');
    this.wait = page.locator('#q-w');
  }
}
