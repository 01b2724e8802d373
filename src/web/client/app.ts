// Small enhancements on top of pages that work without JavaScript: remembered contrast, "near me",
// read aloud, print, copy link, feedback without reloading. Each part checks what the browser offers.

const contrast = document.getElementById('high-contrast') as HTMLInputElement | null;
if (contrast) {
  contrast.checked = localStorage.getItem('lotse.contrast') === 'high';
  contrast.addEventListener('change', () =>
    localStorage.setItem('lotse.contrast', contrast.checked ? 'high' : 'normal'),
  );
}

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

const printButton = document.querySelector<HTMLButtonElement>('[data-print]');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => window.print());
}

const readAloud = document.querySelector<HTMLButtonElement>('[data-read-aloud]');
if (readAloud && 'speechSynthesis' in window) {
  const language = document.documentElement.lang;
  const label = readAloud.querySelector('span');
  const startText = label?.textContent ?? '';
  const findVoice = () =>
    speechSynthesis
      .getVoices()
      .find((voice) => voice.lang.toLowerCase().startsWith(language.split('-')[0] ?? ''));
  const offer = () => {
    readAloud.hidden = !findVoice();
  };
  offer();
  speechSynthesis.addEventListener('voiceschanged', offer);
  readAloud.addEventListener('click', () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return;
    }
    const text = [document.querySelector('h1'), document.querySelector('.content')]
      .map((element) => element?.textContent ?? '')
      .join('. ');
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    const voice = findVoice();
    if (voice) utterance.voice = voice;
    utterance.addEventListener('end', () => label && (label.textContent = startText));
    if (label) label.textContent = readAloud.dataset.stop ?? startText;
    speechSynthesis.speak(utterance);
  });
}

const copyLink = document.querySelector<HTMLButtonElement>('[data-copy-link]');
if (copyLink && navigator.clipboard) {
  copyLink.hidden = false;
  copyLink.addEventListener('click', async () => {
    const input = document.getElementById('share-link') as HTMLInputElement | null;
    await navigator.clipboard.writeText(input?.value ?? location.href);
    copyLink.textContent = copyLink.dataset.copied ?? copyLink.textContent;
  });
}

const feedback = document.querySelector<HTMLFormElement>('form[data-feedback]');
if (feedback) {
  feedback.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = feedback.querySelector<HTMLElement>('.status');
    const data = Object.fromEntries(new FormData(feedback));
    const response = await fetch(`/api/v1${feedback.getAttribute('action')?.replace(/^\//, '/regions/')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...data, targetId: Number(data.targetId) }),
    }).catch(() => undefined);
    if (response?.ok) {
      feedback.querySelector('fieldset')?.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: 'thanks',
          textContent: status?.dataset.thanks ?? '',
          role: 'status',
        }),
      );
    } else if (status) {
      status.textContent = status.dataset.failed ?? '';
    }
  });
}
