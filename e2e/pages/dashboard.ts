import { expect, type Locator, type Page } from '@playwright/test';

/** A unit's overview, /u/<unit>: its counters, its live stream and its tables. */
export class DashboardPage {
  readonly live: Locator;
  readonly disconnected: Locator;
  readonly childrenTable: Locator;
  readonly dailyTable: Locator;
  readonly hourlyTable: Locator;
  readonly servicesTable: Locator;
  readonly reasonsTable: Locator;
  readonly heatmap: Locator;
  /** The unit's "Perlu perhatian" list. */
  readonly attention: Locator;

  constructor(readonly page: Page) {
    this.live = page.getByText('● Langsung');
    this.disconnected = page.getByText('○ Terputus, mencoba lagi…');
    this.childrenTable = page.getByTestId('children-table');
    this.dailyTable = page.getByTestId('daily-table');
    this.hourlyTable = page.getByTestId('hourly-table');
    this.servicesTable = page.getByTestId('services-table');
    this.reasonsTable = page.getByTestId('refusal-reasons');
    this.heatmap = page.getByTestId('heatmap');
    this.attention = page.getByTestId('attention');
  }

  async goto(unit: number, query = '') {
    return this.page.goto(`/u/${unit}${query}`);
  }

  /** Opens the overview, waits for its stream and unfolds the hourly table's figures. */
  async open(unit: number) {
    await this.goto(unit);
    await expect(this.live).toBeVisible();
    await this.showTable(this.hourlyTable);
  }

  /** Charts keep their figures folded under "Tabel angka". */
  async showTable(chart: Locator) {
    await chart.getByText('Tabel angka').click();
  }

  /** A child unit's row in the table of the units below, by the child's id. */
  childRow(unit: number): Locator {
    return this.childrenTable.locator(`tr[data-unit="${unit}"]`);
  }

  counter(): Locator {
    return this.page.getByTestId('counter-checkins').locator('p').nth(1);
  }

  /** The hourly table's row of this hour: [hour, hijau, kuning, merah, hitam, tidak tercatat, total, last week]. */
  hourRow(hour: string): Locator {
    return this.hourlyTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: hour, exact: true }) });
  }

  async figures(hour: string) {
    return { counter: await this.counter().innerText(), row: await this.hourRow(hour).innerText() };
  }

  /** Sets a custom range with the date fields. */
  async customRange(from: string, to: string) {
    await this.page.getByRole('textbox', { name: 'Dari' }).fill(from);
    await this.page.getByRole('textbox', { name: 'Sampai' }).fill(to);
    await this.page.getByRole('button', { name: 'Terapkan' }).click();
  }
}
