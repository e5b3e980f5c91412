import type { ReactNode } from 'react';

/** One titled group of the options page; `name` makes its heading id and its `data-pc`. */
export function OptionsSection({ title, name, hint, children }: { title: string; name: string; hint?: string; children: ReactNode }) {
  const headingId = `section-${name}`;
  return (
    <section className="options-section" aria-labelledby={headingId} data-pc={`section-${name}`}>
      <h2 id={headingId}>{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </section>
  );
}
