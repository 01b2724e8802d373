// Print, read aloud (only where the browser has a voice for the language) and copy link.

/** Shows the tools the browser supports and wires them. */
export function enablePageTools(): void {
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
}
