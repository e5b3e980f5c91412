const SVG = 'http://www.w3.org/2000/svg';
const RADIUS = 8;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function circle(attributes: Record<string, string>): SVGCircleElement {
  const node = document.createElementNS(SVG, 'circle');
  for (const [name, value] of Object.entries({ cx: '11', cy: '11', r: String(RADIUS), ...attributes })) node.setAttribute(name, value);
  return node;
}

/**
 * A ring filled as far as the draft uses the platform's limit, amber from 90%, red over it, with a
 * tick where "see more" folds the post. Without a limit the ring stays empty.
 */
export function lengthRing(characters: number, limit: number | null, foldAt: number | null): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'ring');
  svg.setAttribute('viewBox', '0 0 22 22');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('data-pc', 'length-ring');
  const ratio = limit ? characters / limit : 0;
  svg.dataset.state = ratio > 1 ? 'over' : ratio >= 0.9 ? 'near' : 'ok';
  svg.append(circle({ class: 'track' }));
  if (ratio > 0) {
    const used = Math.min(1, ratio) * CIRCUMFERENCE;
    svg.append(circle({ class: 'used', 'stroke-dasharray': `${used} ${CIRCUMFERENCE}` }));
  }
  if (limit && foldAt !== null && foldAt < limit) {
    const at = (foldAt / limit) * CIRCUMFERENCE;
    svg.append(circle({ class: 'fold', 'data-pc': 'fold', 'stroke-dasharray': `1 ${CIRCUMFERENCE}`, 'stroke-dashoffset': String(-at) }));
  }
  return svg;
}
