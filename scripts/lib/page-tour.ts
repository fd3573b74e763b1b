/**
 * Every page type, with what a person opens on it: one list for the layout test and for the
 * screenshot contact sheet, so what a reviewer looks at is what the test measured.
 */
import type { Page } from '@playwright/test';

export interface TourStop {
  /** Short name for file names and column heads. */
  name: string;
  /** Path below /{lang}/. */
  path: string;
  /** Opens the sheets, filters or panels a person would open here. */
  open?: (page: Page) => Promise<void>;
}

export const PAGE_TOUR: readonly TourStop[] = [
  { name: 'home', path: '' },
  { name: 'stage', path: 'stages/after' },
  {
    name: 'risk-share',
    path: 'risks/visit-visa-work',
    open: async (page) => {
      await page.locator('.share-button').click();
      await page.locator('.share-extras button').first().click();
      await page.locator('.share-sheet svg.qr-code').waitFor({ state: 'visible' });
    },
  },
  { name: 'pathway-pk-kr', path: 'pathways/pk-kr' },
  { name: 'pathway-np-qa', path: 'pathways/np-qa' },
  {
    name: 'services-filters',
    path: 'services/?country=TH',
    open: async (page) => {
      await page.locator('.more-filters summary').click();
    },
  },
  { name: 'service', path: 'services/pk-fia-tip-hotline' },
  { name: 'settings', path: 'settings' },
  { name: 'counsellor', path: 'counsellor' },
  { name: 'handout', path: 'handout?items=r.visit-visa-work,p.lk-kr,s.lk-slbfe-hotline&to=KR' },
  { name: 'safety', path: 'safety' },
];
