using Polis.Platform.Ingest;

namespace Polis.Platform.Tests.Ingest;

public sealed class ServerTimestampsTests
{
    [Fact]
    public void Next_SameMillisecond_StrictlyIncreasingPerDevice()
    {
        var stamps = new ServerTimestamps();

        Assert.Equal(1000, stamps.Next("a", 1000));
        Assert.Equal(1001, stamps.Next("a", 1000));
        Assert.Equal(1002, stamps.Next("a", 999));
        Assert.Equal(1000, stamps.Next("b", 1000));
        Assert.Equal(5000, stamps.Next("a", 5000));
    }

    [Fact]
    public void Next_ConcurrentCallers_AllDistinct()
    {
        var stamps = new ServerTimestamps();

        var issued = Enumerable.Range(0, 10_000).AsParallel().Select(_ => stamps.Next("d", 42)).ToList();

        Assert.Equal(issued.Count, issued.Distinct().Count());
    }
}
