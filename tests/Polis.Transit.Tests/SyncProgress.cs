namespace Polis.Transit.Tests;

/// <summary>An IProgress that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool, too late for a test).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
