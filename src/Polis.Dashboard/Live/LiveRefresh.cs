namespace Polis.Dashboard.Live;

/// <summary>
/// The re-reads of a live page. Pushes and a periodic timer call <see cref="Request"/>; the page's refresh then runs on
/// the page's dispatcher, one at a time: requests that arrive while one is queued are served by it (a burst of
/// changes costs one read), and two reads start at least <c>minGap</c> apart. Everything stops with
/// <c>stopping</c>, which the page cancels when it goes.
/// </summary>
/// <param name="dispatch">The page's <c>InvokeAsync</c>, so the refresh may render.</param>
/// <param name="refresh">Re-reads and renders (calls <c>StateHasChanged</c>).</param>
public sealed class LiveRefresh(Func<Func<Task>, Task> dispatch, Func<Task> refresh, TimeProvider time, CancellationToken stopping, TimeSpan minGap = default)
{
    private int _queued;
    private long _lastStarted;

    public void Request()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 0)
        {
            _ = dispatch(RunAsync);
        }
    }

    /// <summary>Requests a refresh every <paramref name="period"/>, after <paramref name="beforeEach"/> (on the dispatcher).</summary>
    public void RepeatEvery(TimeSpan period, Action? beforeEach = null) => _ = RepeatAsync(period, beforeEach);

    private async Task RunAsync()
    {
        try
        {
            var wait = minGap - time.GetElapsedTime(_lastStarted);
            if (_lastStarted != 0 && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stopping);
            }

            // Cleared before the read: a change that lands during it asks for one more.
            Volatile.Write(ref _queued, 0);
            _lastStarted = time.GetTimestamp();
            await refresh();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task RepeatAsync(TimeSpan period, Action? beforeEach)
    {
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                if (beforeEach is not null)
                {
                    await dispatch(() => { beforeEach(); return Task.CompletedTask; });
                }

                Request();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
