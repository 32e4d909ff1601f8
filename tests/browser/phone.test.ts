// A 390 px phone with a touch screen: every page reachable through the menu, nothing wider than the
// screen, and no keyboard hints (there is no keyboard).
import { expect, it } from 'vitest'
import { describeInBrowser, screenshot } from './helpers.ts'

const PAGES = ['Overview', 'Review', 'Articles', 'Add articles', 'Sources', 'Exports', 'Users', 'API tokens']

describeInBrowser('on a phone', (t) => {
  it('reaches every page through the menu, fits the screen, and hides keyboard hints', async () => {
    const { page, finish } = await t.open('admin', '#/', 'phone')
    await page.locator('.tile').first().waitFor()

    const menu = page.getByRole('button', { name: 'Menu' })
    const nav = page.getByRole('navigation', { name: 'Main' })
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await nav.isVisible()).toBe(false)
    for (const name of PAGES) {
      await menu.tap()
      expect(await menu.getAttribute('aria-expanded')).toBe('true')
      const link = nav.getByRole('link', { name, exact: true })
      // Each link inside the screen and big enough to tap (WCAG 2.5.8: at least 24 px).
      const box = (await link.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      expect(box.height).toBeGreaterThanOrEqual(24)
      if (name === 'Exports') await screenshot(page, 'phone-menu', { fullPage: false })
      await link.tap()
      await page.waitForFunction(() => !document.querySelector('.loading'))
      // Choosing a page closes the menu.
      expect(await menu.getAttribute('aria-expanded')).toBe('false')
      await page.locator('h1').first().waitFor()
      // What sticks out past the screen's right edge (outside scrolling tables), named for the message.
      const overflow = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('body *'))
          .filter(
            (e) =>
              !e.parentElement?.closest('.table-wrap, .runs-wrap') &&
              // An SVG clips what it draws to its own box (the map's outlines), so the svg is what counts.
              !e.parentElement?.closest('svg') &&
              e.getBoundingClientRect().right > window.innerWidth + 1,
          )
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      )
      expect(overflow, `${name} is wider than the screen`).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    }

    // Escape closes the menu and gives focus back to its button.
    await menu.click()
    await nav.getByRole('link', { name: 'Review' }).focus()
    await page.keyboard.press('Escape')
    expect(await nav.isVisible()).toBe(false)
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true)

    // The review queue on a touch screen: no "j k move" hints.
    await page.goto(`${t.base}/#/review`)
    await page.locator('.claim-row').first().waitFor()
    expect(await page.locator('.shortcuts').isVisible()).toBe(false)
    await screenshot(page, 'phone-review', { fullPage: false })
    await finish()
  })

  it('shows the links themselves, and no menu button, on a desktop', async () => {
    const { context, page } = await t.open('admin', '#/')
    await page.locator('.tile').first().waitFor()
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false)
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'API tokens' })
        .isVisible(),
    ).toBe(true)
    await context.close()
  })
})
