namespace Polis.DashboardBench;

/// <summary>
/// A script run in the page: counts animation frames and long tasks (main thread blocked over 50 ms) for a while,
/// so the figure is what the operator's browser lived through, not what the server sent.
/// </summary>
internal static class FrameProbe
{
    public const string Script = """
        (durationMs) => new Promise(resolve => {
          const longTasks = [];
          let observer = null;
          try {
            observer = new PerformanceObserver(list => { for (const e of list.getEntries()) longTasks.push(e.duration); });
            observer.observe({ type: 'longtask', buffered: false });
          } catch { /* longtask not supported: reported as null */ }
          const perSecond = [];
          let frames = 0, second = performance.now(), worstGap = 0, last = performance.now();
          const start = last;
          function tick(now) {
            frames++;
            worstGap = Math.max(worstGap, now - last);
            last = now;
            if (now - second >= 1000) { perSecond.push(frames * 1000 / (now - second)); frames = 0; second = now; }
            if (now - start < durationMs) { requestAnimationFrame(tick); return; }
            observer?.disconnect();
            const sorted = [...perSecond].sort((a, b) => a - b);
            resolve({
              seconds: Math.round((now - start) / 1000),
              meanFps: Math.round(perSecond.reduce((a, b) => a + b, 0) / Math.max(1, perSecond.length) * 10) / 10,
              worstSecondFps: Math.round((sorted[0] ?? 0) * 10) / 10,
              worstFrameGapMs: Math.round(worstGap),
              longTasks: observer ? longTasks.length : null,
              longTaskMsTotal: observer ? Math.round(longTasks.reduce((a, b) => a + b, 0)) : null,
            });
          }
          requestAnimationFrame(tick);
        })
        """;
}
