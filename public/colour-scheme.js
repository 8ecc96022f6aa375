// The reader's choice of a light or dark page (the choice at the foot of the app's page), remembered in this
// browser and set on <html> before the page is first painted: a classic script in the head, so it runs
// before anything is drawn (the site's Content-Security-Policy allows no inline script). Without a
// choice the page follows the system (src/pages/shared/base.css: color-scheme: light dark).
(() => {
  const KEY = 'paritrana-colour-scheme';
  const root = document.documentElement;
  const apply = (choice) => {
    if (choice === 'light' || choice === 'dark') root.dataset.colourScheme = choice;
    else delete root.dataset.colourScheme;
    const select = document.getElementById('colour-scheme');
    if (select) select.value = root.dataset.colourScheme || 'system';
  };
  try {
    apply(localStorage.getItem(KEY));
  } catch {
    // No storage (a private window's policy): the system's choice.
  }
  document.addEventListener('change', (event) => {
    if (event.target.id !== 'colour-scheme') return;
    const choice = event.target.value;
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Not remembered, still applied.
    }
    apply(choice);
  });
  document.addEventListener('DOMContentLoaded', () => apply(root.dataset.colourScheme));
  // The app's first screen is written in its HTML for one view (data-first-screen: "year=2024&metric=…",
  // src/pages/app/first-screen.ts). An address asking for another year, metric, language or carried
  // figures is marked before the first paint, so the page shows the shapes without that view's colours
  // and words until it draws its own (src/pages/app/styles.css), instead of flashing the wrong year.
  const written = root.dataset.firstScreen;
  if (written) {
    const view = new URLSearchParams(written);
    const asked = new URLSearchParams(location.search);
    for (const [name, value] of view) {
      if (asked.has(name) && asked.get(name) !== value && !(name === 'carry' && asked.get(name) !== '1')) root.dataset.firstScreenOther = '';
    }
    // Another area (?province=indonesia, ?province=63): the written map is the deployment's province, not
    // the one asked for, so nothing of it is shown (its room is kept) until the page draws the area's own.
    if (asked.has('province') && asked.get('province') !== view.get('province')) {
      root.dataset.firstScreenArea = '';
      root.dataset.firstScreenOther = '';
    }
  }
  // Chosen in another tab of the site.
  addEventListener('storage', (event) => {
    if (event.key === KEY) apply(event.newValue);
  });
})();
