/**
 * A tiny, safe markdown renderer for assistant replies: paragraphs, line breaks, "- " lists,
 * **bold**, *italic*, [links](https://…) and bare https links. It builds DOM nodes and never
 * assigns HTML, so text from anyone (customer, rep, engine) cannot inject markup.
 */
export function renderMarkdown(doc: Document, text: string): DocumentFragment {
  const out = doc.createDocumentFragment();
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*•]\s+/.test(l))) {
      const ul = doc.createElement('ul');
      for (const l of lines) {
        const li = doc.createElement('li');
        li.append(inline(doc, l.replace(/^\s*[-*•]\s+/, '')));
        ul.append(li);
      }
      out.append(ul);
      continue;
    }
    const p = doc.createElement('p');
    lines.forEach((l, i) => {
      if (i > 0) p.append(doc.createElement('br'));
      p.append(inline(doc, l));
    });
    out.append(p);
  }
  return out;
}

const token =
  /\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function link(doc: Document, label: string, url: string): Node {
  const href = safeHref(url);
  if (!href) return inline(doc, label, false);
  const a = doc.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer nofollow';
  // The label may carry emphasis ("[**1Z999**](https://…)"), but never a link inside a link.
  a.append(inline(doc, label, false));
  return a;
}

function inline(doc: Document, text: string, links = true): DocumentFragment {
  const frag = doc.createDocumentFragment();
  let last = 0;
  for (const m of text.matchAll(token)) {
    const at = m.index;
    if (at > last) frag.append(doc.createTextNode(text.slice(last, at)));
    if (m[1] !== undefined) {
      const b = doc.createElement('strong');
      b.append(inline(doc, m[1], links));
      frag.append(b);
    } else if (m[2] !== undefined) {
      const i = doc.createElement('em');
      i.textContent = m[2];
      frag.append(i);
    } else if (!links) {
      frag.append(doc.createTextNode(m[3] ?? m[0]));
    } else if (m[3] !== undefined && m[4] !== undefined) {
      frag.append(link(doc, m[3], m[4]));
    } else if (m[5] !== undefined) {
      frag.append(link(doc, m[5], m[5]));
    }
    last = at + m[0].length;
  }
  if (last < text.length) frag.append(doc.createTextNode(text.slice(last)));
  return frag;
}
