import type { ComponentType } from 'react';
import type { Translations } from '../i18n/fi.ts';
import { basicEducationView } from './basic-education/index.ts';
import { ececView } from './ecec/index.ts';
import { libraryView } from './library/index.ts';
import { elderlyCareView } from './elderly-care/index.ts';
import { socialWorkView } from './social-work/index.ts';

/** A page of a register's daily views, reachable from the navigation when `action` is permitted. */
export interface RegisterPage {
  /** Route pattern, e.g. `/ecec/applications` or `/ecec/applications/:id`. */
  pattern: string;
  /** The navigation target; pages without one (detail pages) are not in the menu. */
  path: string;
  navTitle?: (t: Translations) => string;
  /** The action the user needs to see the page. */
  action?: string;
  component: ComponentType<{ params: Record<string, string> }>;
}

/** What the web application offers for a register: its pages and its section on a person card. */
export interface RegisterView {
  pages: RegisterPage[];
  PersonSection?: ComponentType<{ personId: string }>;
}

/**
 * Register views by register id. Like `src/registers/index.ts` on the server, the one place that
 * names the registers in the web application.
 */
export const registerViews: Record<string, RegisterView> = {
  'basic-education': basicEducationView,
  ecec: ececView,
  library: libraryView,
  'elderly-care': elderlyCareView,
  'social-work': socialWorkView,
};
