// Screen-reader announcements and the reader's motion preference.

/** A visually hidden polite live region; `say` replaces its text, so each message is read once. */
export function liveRegion(container) {
  const region = document.createElement("p");
  region.className = "sim-live";
  region.setAttribute("aria-live", "polite");
  container.appendChild(region);
  let last = "";
  return function say(message) {
    if (!message || message === last) return;
    last = message;
    region.textContent = message;
  };
}

/** Whether the reader asked for less motion; the callback runs when that setting changes. */
export function reducedMotion(onChange) {
  const query = window.matchMedia("(prefers-reduced-motion: reduce)");
  query.addEventListener("change", () => onChange(query.matches));
  return query.matches;
}
