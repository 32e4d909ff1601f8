// The headless Chromium the browser tests and the dashboard benchmark drive (playwright-core, no
// bundled browser): the system's, with what a CI machine does not need turned off.
import { chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

export const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
