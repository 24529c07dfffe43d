namespace Polis.Gateway.Tests;

/// <summary>Bounded waits for asynchronous effects (never a timing assertion: the bound only stops a hung test).</summary>
internal static class Wait
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        using var cts = new CancellationTokenSource(Bound);
        while (!condition())
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException("Timed out waiting until " + what);
            }

            await Task.Delay(10);
        }
    }

    public static Task<T> ForAsync<T>(Task<T> task) => task.WaitAsync(Bound);

    public static Task ForAsync(Task task) => task.WaitAsync(Bound);
}
