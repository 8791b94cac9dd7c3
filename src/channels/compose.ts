import type { Language } from '../domain/order.js';
import { mailTexts } from './texts.js';

export type ReplyPart = { text: string; quickReplies: { id: string; label: string }[] };

/** Markdown as our replies use it (bold, italics, links, escapes) → plain text. */
export function markdownToText(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .replace(/\\([\\`*_[\]#|~])/g, '$1');
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown → a small, safe HTML fragment: text is escaped first, then bold, links and breaks. */
export function markdownToHtml(md: string): string {
  const paragraphs = md.split(/\n{2,}/);
  return paragraphs
    .map((p) => {
      let h = escapeHtml(p);
      h = h.replace(
        /\[([^\]]+)\]\((https?:[^)\s]+)\)/g,
        (_m, label: string, url: string) => `<a href="${url}">${label}</a>`,
      );
      h = h
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\\([\\`*_[\]#|~])/g, '$1')
        .replace(/\n/g, '<br>');
      return `<p>${h}</p>`;
    })
    .join('\n');
}

/** A reply e-mail's text and HTML bodies: the replies, then the quick replies as a short numbered list. */
export function composeReply(
  parts: ReplyPart[],
  opts: { lang: Language; notes?: string[]; signature?: string | null },
): { text: string; html: string } {
  const t = mailTexts[opts.lang];
  const texts: string[] = [];
  const htmls: string[] = [];
  for (const n of opts.notes ?? []) {
    texts.push(n);
    htmls.push(`<p><em>${escapeHtml(n)}</em></p>`);
  }
  for (const p of parts) {
    if (p.text.trim() !== '') {
      texts.push(markdownToText(p.text));
      htmls.push(markdownToHtml(p.text));
    }
  }
  const choices = parts.flatMap((p) => p.quickReplies);
  if (choices.length > 0) {
    texts.push([t.choices, ...choices.map((c, i) => `${i + 1}. ${c.label}`)].join('\n'));
    htmls.push(
      `<p>${escapeHtml(t.choices)}</p>\n<ol>${choices.map((c) => `<li>${escapeHtml(c.label)}</li>`).join('')}</ol>`,
    );
  }
  if (opts.signature) {
    texts.push(opts.signature);
    htmls.push(`<p>${escapeHtml(opts.signature)}</p>`);
  }
  return {
    text: `${texts.join('\n\n')}\n`,
    html: `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">\n${htmls.join('\n')}\n</body></html>\n`,
  };
}

/** The customer's answer to a numbered list: "2", "2.", "option 2" or the label itself. */
export function pickChoice(text: string, choices: { id: string; label: string }[]): string | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!)]+$/, '');
  if (t === '' || t.length > 80) return null;
  const n = /^(?:#|n[°º]?\s*|option\s+|opción\s+|opzione\s+|opção\s+)?(\d{1,2})$/.exec(t);
  if (n) {
    const c = choices[Number(n[1]) - 1];
    return c ? c.id : null;
  }
  return choices.find((c) => c.label.trim().toLowerCase() === t)?.id ?? null;
}
