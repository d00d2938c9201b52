import type { Page } from '@playwright/test';

/** /c/<token>/skm/<event>: the satisfaction survey a visitor reaches from the result page. */
export class SurveyPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Isi survei kepuasan (1 menit)' }).click();
  }

  /** Answers the nine questions with one score each (1–4), adds a suggestion and sends it. */
  async answer(scores: number[], suggestion = '') {
    for (const [i, score] of scores.entries()) await this.page.locator(`input[name="u${i + 1}"][value="${score}"]`).check();
    if (suggestion) await this.page.getByLabel('Saran dan masukan (boleh dikosongkan)').fill(suggestion);
    await this.page.getByRole('button', { name: 'Kirim survei' }).click();
  }
}
