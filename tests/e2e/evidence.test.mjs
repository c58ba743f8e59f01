// Issue 15: every person, place and organisation row says why it was found —
// on hover (the row's and the name button's title) and while the row holds
// the keyboard focus (a note shown by CSS :focus-within), in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, sample } from './harness.mjs';

useApp();

for (const [locale, label] of [['zh-CN', '依据'], ['en', 'Found by']]) {
  test(`entity rows carry their evidence on hover and focus (${locale})`, async (t) => {
    const { page } = await openApp(t, { locale });
    await page.getByTestId('input').fill(`${sample('002_a0fdc7360642034d.txt')}\n钱学森说，北京大学和新华社在巴黎。`);
    await page.getByTestId('analyze').click();
    await page.getByTestId('keyword').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('tab-entities').click();
    const rows = page.getByTestId('entity');
    await rows.first().waitFor();
    const n = await rows.count();
    assert.ok(n > 5, `rows: ${n}`);
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const title = await row.getAttribute('title');
      assert.ok(title && title.startsWith(label), `row ${i}: ${title}`);
      assert.ok(await row.getAttribute('data-evidence'), `row ${i}`);
      assert.equal(await row.locator('button').getAttribute('title'), title);
    }
    // the note is hidden until the row is hovered or focused
    const person = rows.filter({ hasText: '陈金虎' });
    const note = person.getByTestId('entity-evidence');
    assert.equal(await note.isVisible(), false);
    await person.locator('button').focus();
    await note.waitFor({ state: 'visible' });
    assert.ok((await note.textContent()).startsWith(label));
    const qian = rows.filter({ hasText: '钱学森' });
    assert.equal(await qian.getAttribute('data-kind'), 'person');
  });
}
