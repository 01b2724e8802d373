// "Regions near me" on the picker, where the browser can tell the location.

/** Shows the button and sends the reader to the picker ordered by distance. */
export function enableNearMe(): void {
  const nearMe = document.querySelector<HTMLButtonElement>('[data-near-me]');
  if (nearMe && 'geolocation' in navigator) {
    const status = document.querySelector<HTMLElement>('[data-locating]');
    nearMe.hidden = false;
    nearMe.addEventListener('click', () => {
      if (status) status.textContent = status.dataset.locating ?? '';
      navigator.geolocation.getCurrentPosition(
        (position) => {
          const { latitude, longitude } = position.coords;
          location.href = `/?near=${latitude.toFixed(4)},${longitude.toFixed(4)}`;
        },
        () => {
          if (status) status.textContent = nearMe.dataset.failed ?? '';
        },
        { timeout: 10000, maximumAge: 600000 },
      );
    });
  }
}
