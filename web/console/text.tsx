import type { JSX } from 'preact';

/**
 * Message text as the console shows it: plain text, with **bold** spans as <strong>. Built from
 * text nodes only, so HTML in a message is shown as characters and never interpreted.
 */
export function RichText({ text }: { text: string }): JSX.Element {
  const parts = text.split(/(\*\*[^*\n]+\*\*)/g);
  return (
    <span class="rich">
      {parts.map((p, i) =>
        p.startsWith('**') && p.endsWith('**') && p.length > 4 ? (
          <strong key={i}>{p.slice(2, -2)}</strong>
        ) : (
          p
        ),
      )}
    </span>
  );
}

const languageNames: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
};
export const languageName = (code: string | null | undefined): string =>
  code ? (languageNames[code] ?? code) : 'unknown';

export function waiting(minutes: number): string {
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  if (h < 48) return `${h} h ${minutes % 60} min`;
  return `${Math.floor(h / 24)} days`;
}

export function time(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
