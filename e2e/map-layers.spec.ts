import { expect, test } from '@playwright/test';

import { DEMO_ROLES, changedPixelShare, signIn, waitForMapIdle, watchCspViolations } from './support';

for (const account of DEMO_ROLES) {
  test(`a ${account.role} opens the demo map and switches a layer off and on`, async ({ page }) => {
    const cspViolations = await watchCspViolations(page);
    await signIn(page, account.email);
    await expect(page.getByTestId('user-identity')).toContainText(account.name);
    await page.goto('/p/demo');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thames riverside: heat and flood resilience 2035');
    await waitForMapIdle(page);
    await page.getByRole('tab', { name: 'Layers' }).click();

    const map = page.getByTestId('process-map');
    const flood = page.getByRole('checkbox', { name: /Flood risk bands/ });
    await expect(flood).toBeChecked();
    await expect(page.getByTestId('illustrative-banner')).toContainText('illustrative');
    const withLayer = await map.screenshot();

    await flood.uncheck();
    await waitForMapIdle(page);
    const withoutLayer = await map.screenshot();
    await expect(page.getByTestId('illustrative-banner')).toHaveCount(0);

    await flood.check();
    await waitForMapIdle(page);
    const withLayerAgain = await map.screenshot();

    // The flood bands cover the riverside: switching them off repaints a large part of the map,
    // and switching them on again brings back the same picture.
    expect(await changedPixelShare(page, withLayer, withoutLayer)).toBeGreaterThan(0.08);
    expect(await changedPixelShare(page, withLayer, withLayerAgain)).toBeLessThan(0.01);
    // The page's policy lets in all the map needs: our tiles and glyphs, its worker, the collab socket.
    expect(cspViolations()).toEqual([]);
  });
}

test('the map shows the basemap and credits OpenStreetMap', async ({ page }) => {
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© OpenStreetMap contributors');
  // Buildings only come from the data layer when it is on: turning it on repaints the city blocks.
  await page.getByRole('tab', { name: 'Layers' }).click();
  const map = page.getByTestId('process-map');
  const before = await map.screenshot();
  await page.getByRole('checkbox', { name: 'Buildings by height' }).check();
  await waitForMapIdle(page);
  expect(await changedPixelShare(page, before, await map.screenshot())).toBeGreaterThan(0.1);
  await expect(page.getByRole('list', { name: 'Legend of Buildings by height' })).toContainText('100 m and taller');
});
