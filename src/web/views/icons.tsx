// Icons as inline SVG (24 × 24, drawn with the text colour). Directional ones mirror in right-to-left layouts.

const paths: Record<string, string> = {
  lotse: 'M12 2 4 21l8-4 8 4zM12 6v10',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.5 15.5 21 21',
  contrast: 'M12 3a9 9 0 1 0 0 18zM12 3a9 9 0 0 1 0 18',
  arrival: 'M3 21h18M5 21V9l7-5 7 5v12M9 21v-6h6v6',
  asylum: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6zM9 12l2 2 4-4',
  health: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  language: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  work: 'M3 8h18v12H3zM9 8V5h6v3M3 13h18',
  school: 'M2 9l10-5 10 5-10 5zM6 11v5c3 3 9 3 12 0v-5',
  housing: 'M3 11 12 4l9 7M6 9v11h12V9M10 20v-5h4v5',
  counselling: 'M4 4h12v9H8l-4 3zM10 16v2h6l4 3v-8h-2',
  emergency: 'M12 3 2 20h20zM12 10v4M12 17v.5',
  page: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
  chevron: 'M9 5l7 7-7 7',
  print: 'M7 8V3h10v5M5 8h14v8h-2v4H7v-4H5zM7 14h10',
  speaker: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11',
  share:
    'M18 8a3 3 0 1 0-2.8-4M6 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 22a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8.6 13.5l6.8 4M15.4 6.5l-6.8 4',
  offline:
    'M3 3l18 18M8.5 16.5a5 5 0 0 1 7 0M5 12.5a10 10 0 0 1 4-2.4M19 12.5a10 10 0 0 0-3-2M2 8.8a15 15 0 0 1 4.5-2.8M22 8.8A15 15 0 0 0 11 5',
};

const directional = new Set(['chevron']);

/** An icon by name; unknown names draw a page. Decorative: hidden from screen readers. */
export function Icon(props: { name: string | null }) {
  const name = props.name && props.name in paths ? props.name : 'page';
  return (
    <svg
      class={directional.has(name) ? 'icon icon-directional' : 'icon'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
