using System.Diagnostics;

namespace Polis.LoadTest;

/// <summary>
/// A batch of calls with C in flight (C workers, each issuing its next call as soon as the previous one ends).
/// Call i goes to device <c>targets[i]</c> and carries seq <c>firstSeq + i</c>.
/// </summary>
public sealed class RpcCallRun(IRpcCaller caller, IReadOnlyList<string> devices, int[] targets, long firstSeq)
{
    private int _next = -1;
    private long _timeouts;
    private long _mismatches;
    private long _failures;
    private string? _firstError;

    /// <summary>Round trip of each answered call in Stopwatch ticks; -1 where the call was not answered.</summary>
    public long[] Latencies { get; } = new long[targets?.Length ?? 0];

    public long Timeouts => Interlocked.Read(ref _timeouts);

    public long Mismatches => Interlocked.Read(ref _mismatches);

    public long Failures => Interlocked.Read(ref _failures);

    public string? FirstError => _firstError;

    public TimeSpan Elapsed { get; private set; }

    public async Task RunAsync(int inFlight, CancellationToken cancellationToken)
    {
        Array.Fill(Latencies, -1);
        var started = Stopwatch.GetTimestamp();
        var workers = new Task[Math.Min(inFlight, targets.Length)];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = WorkAsync(cancellationToken);
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        Elapsed = Stopwatch.GetElapsedTime(started);
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        int i;
        while ((i = Interlocked.Increment(ref _next)) < targets.Length && !cancellationToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            RpcCallOutcome outcome;
            try
            {
                outcome = await caller.CallAsync(devices[targets[i]], firstSeq + i, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            var elapsed = Stopwatch.GetTimestamp() - started;
            switch (outcome.Status)
            {
                case RpcCallStatus.Answered: Latencies[i] = elapsed; break;
                case RpcCallStatus.TimedOut: Fail(ref _timeouts, outcome.Error); break;
                case RpcCallStatus.Mismatch: Fail(ref _mismatches, outcome.Error); break;
                default: Fail(ref _failures, outcome.Error); break;
            }
        }
    }

    private void Fail(ref long counter, string? error)
    {
        Interlocked.Increment(ref counter);
        Interlocked.CompareExchange(ref _firstError, error, null);
    }
}
