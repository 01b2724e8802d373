// The high-contrast switch works without JavaScript for one page; this remembers it across pages.

/** Restores the high-contrast choice and stores changes to it. */
export function rememberContrast(): void {
  const contrast = document.getElementById('high-contrast') as HTMLInputElement | null;
  if (contrast) {
    contrast.checked = localStorage.getItem('lotse.contrast') === 'high';
    contrast.addEventListener('change', () =>
      localStorage.setItem('lotse.contrast', contrast.checked ? 'high' : 'normal'),
    );
  }
}
