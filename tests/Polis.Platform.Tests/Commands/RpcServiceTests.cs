using System.Text;
using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Commands;
using Polis.Platform.Devices;

namespace Polis.Platform.Tests.Commands;

public sealed class RpcServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly PendingRpcs _pending = new();
    private readonly FakeRouter _router = new();

    private RpcService Service() => new(_router, new NoStoredCommands(), new RequestIdAllocator(_clock), _pending, _clock);

    private static RpcCommand TwoWay(int timeoutMs = 1_000) => new("getState", """{"x":1}""", TimeSpan.FromMilliseconds(timeoutMs), false, false, null);

    [Fact]
    public async Task CallAsync_DeviceAnswers_ReturnsItsJson()
    {
        _router.OnSend = (device, topic, _) => _pending.TryComplete(device, int.Parse(topic.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), """{"state":"on"}""");

        var result = await Service().CallAsync("d1", TwoWay());

        Assert.Equal(RpcOutcome.Answered, result.Outcome);
        Assert.Equal("""{"state":"on"}""", result.ResponseJson);
        Assert.Equal($"v1/devices/me/rpc/request/{result.RequestId}", _router.Sent.Single().Topic);
        Assert.Equal("""{"method":"getState","params":{"x":1}}""", _router.Sent.Single().Payload);
        Assert.Equal(0, _pending.Count);
    }

    [Fact]
    public async Task CallAsync_Silent_TimesOutAndForgetsTheRequest()
    {
        var call = Service().CallAsync("d1", TwoWay(timeoutMs: 5_000));
        await WaitUntilAsync(() => _router.Sent.Count == 1);
        Assert.False(call.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(4_999));
        Assert.False(call.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(RpcOutcome.TimedOut, result.Outcome);
        Assert.Equal(0, _pending.Count);
        Assert.False(_pending.TryComplete("d1", result.RequestId, "{}")); // a late answer finds nobody
    }

    [Theory]
    [InlineData(SendOutcome.NotConnected, RpcOutcome.NotConnected)]
    [InlineData(SendOutcome.NotSubscribed, RpcOutcome.NotSubscribed)]
    [InlineData(SendOutcome.Refused, RpcOutcome.Refused)]
    public async Task CallAsync_NotDelivered_SaysWhyAtOnce(SendOutcome sent, RpcOutcome expected)
    {
        _router.Outcome = sent;

        var result = await Service().CallAsync("d1", TwoWay());

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(0, _pending.Count);
    }

    [Fact]
    public async Task CallAsync_OneWay_SentWithoutWaiting()
    {
        var result = await Service().CallAsync("d1", TwoWay() with { OneWay = true });

        Assert.Equal(RpcOutcome.Sent, result.Outcome);
        Assert.Equal(0, _pending.Count);
    }

    [Fact]
    public async Task CallAsync_Twice_IncreasingRequestIds()
    {
        _router.Outcome = SendOutcome.NotConnected;
        var service = Service();

        var first = await service.CallAsync("d1", TwoWay());
        var second = await service.CallAsync("d1", TwoWay());

        Assert.Equal(first.RequestId + 1, second.RequestId);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class FakeRouter : ICommandRouter
    {
        public List<(string DeviceId, string Topic, string Payload)> Sent { get; } = [];

        public SendOutcome Outcome { get; set; } = SendOutcome.SentAtLeastOnce;

        public Action<string, string, string>? OnSend { get; set; }

        public Task<SendOutcome> SendAsync(string deviceId, string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
        {
            var text = Encoding.UTF8.GetString(payload.Span);
            lock (Sent)
            {
                Sent.Add((deviceId, topic, text));
            }

            OnSend?.Invoke(deviceId, topic, text);
            return Task.FromResult(Outcome);
        }
    }

    // Live calls read the store only for the highest persistent request id.
    private sealed class NoStoredCommands : ICommandStore
    {
        public Task<int> MaxRequestIdAsync(string deviceId, CancellationToken cancellationToken = default) => Task.FromResult(0);

        public Task InsertAsync(PersistentCommand command, CommandTransition transition, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<PersistentCommand?> GetAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<CommandTransition>> GetHistoryAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Page<PersistentCommand>> QueryAsync(string deviceId, CommandStatus? status, int offset, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<PersistentCommand>> FindQueuedAsync(string deviceId, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<PersistentCommand?> FindByRequestIdAsync(string deviceId, int requestId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<PersistentCommand>> FindDueAsync(long now, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> TransitionAsync(PersistentCommand updated, CommandStatus expected, CommandTransition transition, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
