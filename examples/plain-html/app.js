// The portal's own script (an external file: the page's CSP admits no inline script). It listens to the widgets'
// events, which bubble out of their shadow roots to `document`, and to `sz-elder-preference` on `window`.
const lastHousehold = document.getElementById('last-household');
const elderState = document.getElementById('elder-state');

document.addEventListener('sz-household-select', (event) => {
  // detail: { householdId, rank, villageId } — never a name.
  lastHousehold.textContent = `${event.detail.householdId} (第 ${String(event.detail.rank)} 名)`;
});

// 长辈版: the widgets remember the choice in localStorage ('sz-elder-mode') and announce it on window; the portal
// can follow it with its own page (larger text for its own header, say).
const showElder = (on) => {
  document.documentElement.classList.toggle('portal-elder', on);
  elderState.textContent = on ? '开 · on' : '关 · off';
};
window.addEventListener('sz-elder-preference', (event) => {
  showElder(event.detail.elder);
});
try {
  showElder(localStorage.getItem('sz-elder-mode') === '1');
} catch {
  showElder(false);
}
