// Sends the feedback form without reloading the page; without JavaScript the form posts as usual.

/** Sends feedback through the API and thanks the reader in place. */
export function enableFeedback(): void {
  const feedback = document.querySelector<HTMLFormElement>('form[data-feedback]');
  if (feedback) {
    feedback.addEventListener('submit', async (event) => {
      event.preventDefault();
      const status = feedback.querySelector<HTMLElement>('.status');
      // Only feedback on a page names a target; the search and contact forms have none, and the API coerces.
      const data = Object.fromEntries(new FormData(feedback));
      const response = await fetch(`/api/v1${feedback.getAttribute('action')?.replace(/^\//, '/regions/')}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
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
}
