/** The overlay's own styles, inside its shadow root: nothing leaks to the page and nothing comes in. */
export const overlayCss = `
:host { all: initial; }
.layer {
  position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; background: transparent; overflow: visible;
  pointer-events: none; z-index: 2147483646; color-scheme: light dark;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --pc-bg: #ffffff; --pc-fg: #1f2328; --pc-muted: #59636e; --pc-border: #d1d9e0; --pc-hover: #f3f4f6;
  --pc-ok: #1a7f37; --pc-info: #0969da; --pc-warning: #9a6700; --pc-error: #cf222e; --pc-focus: #0969da;
}
@media (prefers-color-scheme: dark) {
  .layer {
    --pc-bg: #1f2328; --pc-fg: #e6edf3; --pc-muted: #9198a1; --pc-border: #3d444d; --pc-hover: #2a313c;
    --pc-ok: #3fb950; --pc-info: #4493f8; --pc-warning: #d29922; --pc-error: #f85149; --pc-focus: #4493f8;
  }
}
.layer > * { pointer-events: auto; }
[hidden] { display: none !important; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 2px solid var(--pc-focus); outline-offset: 2px; }
.badge {
  position: fixed; display: flex; align-items: center; gap: 4px; height: 28px; padding: 0 8px 0 3px;
  border-radius: 14px; border: 1px solid var(--pc-border); background: var(--pc-bg); color: var(--pc-fg);
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.18); font-weight: 600; font-size: 12px;
}
.badge[data-worst="error"] { border-color: var(--pc-error); }
.badge[data-worst="warning"] { border-color: var(--pc-warning); }
.badge[data-worst="info"] { border-color: var(--pc-info); }
.badge .count { min-width: 1ch; }
.badge .score { padding-left: 5px; border-left: 1px solid var(--pc-border); color: var(--pc-muted); font-weight: 500; }
.panel .score-line { margin: 0 0 6px; font-weight: 600; }
.panel h3 .points { color: var(--pc-muted); font-weight: 400; font-size: 12px; min-width: 4ch; text-align: right; }
.badge[data-worst="too-long"] { padding: 0 10px; border-color: var(--pc-warning); font-weight: 500; }
.ring { width: 22px; height: 22px; transform: rotate(-90deg); }
.ring circle { fill: none; stroke-width: 3; }
.ring .track { stroke: var(--pc-border); }
.ring .used { stroke: var(--pc-ok); stroke-linecap: round; }
.ring[data-state="near"] .used { stroke: var(--pc-warning); }
.ring[data-state="over"] .used { stroke: var(--pc-error); }
.ring .fold { stroke: var(--pc-fg); stroke-width: 5; }
.dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; background: var(--pc-ok); flex: none; }
[data-worst="info"] > .dot, .dot[data-status="info"] { background: var(--pc-info); }
[data-worst="warning"] > .dot, .dot[data-status="warning"] { background: var(--pc-warning); }
[data-worst="error"] > .dot, .dot[data-status="error"] { background: var(--pc-error); }
.panel {
  position: fixed; box-sizing: border-box; width: min(406px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  background: var(--pc-bg); color: var(--pc-fg); border: 1px solid var(--pc-border); border-radius: 10px;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.22); padding: 12px;
}
.panel header { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.panel h2 { font-size: 14px; margin: 0; }
.panel .meter { color: var(--pc-muted); font-size: 12px; }
.panel .close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
.panel .close:hover { background: var(--pc-hover); }
.panel section { border-top: 1px solid var(--pc-border); padding: 8px 0 4px; }
.panel h3 { display: flex; align-items: center; gap: 6px; font-size: 13px; margin: 0 0 4px; }
.panel h3 .status { margin-left: auto; color: var(--pc-muted); font-weight: 400; font-size: 12px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.finding { padding: 6px 8px; margin: 4px 0; border-radius: 6px; border-left: 3px solid var(--pc-info); background: var(--pc-hover); }
.finding[data-severity="warning"] { border-left-color: var(--pc-warning); }
.finding[data-severity="error"] { border-left-color: var(--pc-error); }
.finding p { margin: 2px 0; }
.finding .label { font-weight: 600; }
.finding .muted { color: var(--pc-muted); }
.finding .example { font-style: italic; }
.finding .actions { display: flex; gap: 6px; margin-top: 4px; }
.finding .actions button, .footer button {
  border: 1px solid var(--pc-border); background: var(--pc-bg); border-radius: 6px; padding: 2px 8px; font-size: 12px;
}
.finding .actions button:hover, .footer button:hover { background: var(--pc-hover); }
.empty { color: var(--pc-muted); margin: 4px 0; }
.footer { display: flex; justify-content: flex-end; padding-top: 8px; border-top: 1px solid var(--pc-border); }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid var(--pc-info); background: rgb(9 105 218 / 0.08); }
.box[data-severity="warning"] { border-bottom-color: var(--pc-warning); background: rgb(154 103 0 / 0.10); }
.box[data-severity="error"] { border-bottom-color: var(--pc-error); background: rgb(207 34 46 / 0.10); }
.tip {
  position: fixed; max-width: 320px; padding: 8px 10px; border-radius: 8px; pointer-events: none;
  background: var(--pc-bg); color: var(--pc-fg); border: 1px solid var(--pc-border); box-shadow: 0 4px 14px rgb(0 0 0 / 0.2);
}
.tip .label { font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Underlines for the CSS Custom Highlight API; added to the document (and shadow root) that holds the editor. */
export const highlightCss = `
::highlight(post-coach-info) { text-decoration: underline dotted #0969da 2px; text-underline-offset: 3px; }
::highlight(post-coach-warning) { text-decoration: underline wavy #bf8700 1.5px; text-underline-offset: 3px; background-color: rgb(191 135 0 / 0.10); }
::highlight(post-coach-error) { text-decoration: underline wavy #cf222e 1.5px; text-underline-offset: 3px; background-color: rgb(207 34 46 / 0.10); }
`;
