/**
 * Long tasks (> 50 ms) on a page's main thread, and which of them the extension caused, from a
 * Chromium trace of the page (CDP `Tracing`).
 *
 * A PerformanceObserver for 'longtask' sees the long tasks but cannot tell whose code ran in them:
 * content scripts run in an isolated world, and the entries name only the frame. The trace can: every
 * task is a `RunTask` event of the renderer's main thread, and the scripts run inside it are
 * `FunctionCall`, `EvaluateScript` or `v8.compile` events nested in it, each with its script's URL.
 * The extension's time in a task is the time of its outermost such events whose URL is the
 * extension's (the style and layout its calls force happen inside them and count too).
 *
 * Durations are thread time (the main thread's CPU time, `tdur`), as in the main-thread measure
 * per keystroke: wall time would also count the moments this shared machine runs something else.
 *
 * A long task is the extension's when the extension's time in it is over 50 ms, or when the task
 * would not be long without it (its duration less the extension's time is at most 50 ms): a slow
 * page that merely calls one of our listeners is not ours, a task our code makes long is.
 */
import type { CDPSession } from 'playwright-core';

export const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: the CPU time of the thread during the event. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface LongTask {
  /** The task's duration, ms. */
  duration: number;
  /** The extension's code in it, ms. */
  extension: number;
}

/**
 * Traces the page's renderer while `during` runs. `tasks`: the long tasks the extension caused;
 * `longest`: the most extension time in any one task, long or not (ms).
 */
export async function traceLongTasks(cdp: CDPSession, extensionOrigin: string, during: () => Promise<void>): Promise<{ longest: number; tasks: LongTask[] }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.execute', 'v8'] },
  });
  try {
    await during();
  } finally {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return extensionLongTasks(events, extensionOrigin);
}

const threadTime = (event: TraceEvent) => event.tdur ?? event.dur!;

const scriptEvents = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);

/** The long tasks of renderer main threads that the extension caused, and its longest time in one task (see the file's comment). */
export function extensionLongTasks(events: readonly TraceEvent[], extensionOrigin: string): { longest: number; tasks: LongTask[] } {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.dur === undefined || !mainThreads.has(thread)) continue;
    if (event.name !== 'RunTask' && !scriptEvents.has(event.name)) continue;
    let list = byThread.get(thread);
    if (!list) byThread.set(thread, (list = []));
    list.push(event);
  }
  const tasks: LongTask[] = [];
  let longest = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let task: TraceEvent | null = null;
    let extension = 0;
    let ours: TraceEvent | null = null; // the outermost extension event being summed
    const finish = () => {
      if (task && extension > 0) tasks.push({ duration: threadTime(task) / 1000, extension: extension / 1000 });
    };
    for (const event of list) {
      if (event.name === 'RunTask') {
        if (task && event.ts < task.ts + task.dur!) continue; // a nested task (a run loop inside a task)
        finish();
        task = event;
        extension = 0;
        ours = null;
        continue;
      }
      if (!task || event.ts >= task.ts + task.dur!) continue;
      if (ours && event.ts < ours.ts + ours.dur!) continue; // inside an event already counted
      if (!event.args?.data?.url?.startsWith(extensionOrigin)) continue;
      ours = event;
      extension += threadTime(event);
    }
    finish();
  }
  const ours = tasks.filter(({ duration, extension }) => duration > LONG_TASK_MS && (extension > LONG_TASK_MS || duration - extension <= LONG_TASK_MS));
  for (const { extension } of tasks) longest = Math.max(longest, extension);
  return { longest, tasks: ours };
}
