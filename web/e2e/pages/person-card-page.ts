import type { Page } from 'playwright-core';

export class PersonCardPage {
  constructor(readonly page: Page) {}
  async open(id: string) {
    await this.page.goto(`/persons/${id}`);
    await this.page.locator('#basic-h').waitFor();
  }
  name() {
    return this.page.locator('h1');
  }
  nonDisclosureBanner() {
    return this.page.getByTestId('non-disclosure-banner');
  }
  addressesHidden() {
    return this.page.getByTestId('addresses-hidden');
  }
  relationshipLinks() {
    return this.page.getByTestId('relationships').locator('a');
  }
  registerSection(id: string) {
    return this.page.getByTestId(`register-section-${id}`);
  }
  auditTrailLink() {
    return this.page.locator('a[href$="/audit-trail"]');
  }
}
