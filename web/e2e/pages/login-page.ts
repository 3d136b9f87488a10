import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../harness.ts';

export class LoginPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/');
    await this.page.locator('input[name="username"]').waitFor();
  }
  async login(username: string, password = DEMO_PASSWORD) {
    await this.page.locator('input[name="username"]').fill(username);
    await this.page.locator('input[name="password"]').fill(password);
    await this.page.locator('form button[type="submit"]').click();
    await this.page.getByTestId('logout').waitFor();
  }
  async submitEmpty() {
    await this.page.locator('form button[type="submit"]').click();
  }
  sessionExpiredNotice() {
    return this.page.getByTestId('session-expired');
  }
  heading() {
    return this.page.locator('h1');
  }
}
