using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Commands;

namespace Polis.Platform.Tests.Commands;

public sealed class CommandLifecycleTests
{
    private static PersistentCommand Queued(long createdAt, long expiresAt, long timeoutMs = 1_000) =>
        new(Guid.NewGuid(), "d1", 7, "reboot", "{}", false, CommandStatus.Queued, createdAt, expiresAt, timeoutMs, null, null, null);

    [Theory]
    [InlineData(CommandStatus.Queued, CommandStatus.Sent, true)]
    [InlineData(CommandStatus.Queued, CommandStatus.Expired, true)]
    [InlineData(CommandStatus.Queued, CommandStatus.Cancelled, true)]
    [InlineData(CommandStatus.Queued, CommandStatus.Successful, false)]
    [InlineData(CommandStatus.Queued, CommandStatus.Delivered, false)]
    [InlineData(CommandStatus.Queued, CommandStatus.Failed, true)]
    [InlineData(CommandStatus.Sent, CommandStatus.Delivered, true)]
    [InlineData(CommandStatus.Sent, CommandStatus.Successful, true)]
    [InlineData(CommandStatus.Sent, CommandStatus.Queued, true)]
    [InlineData(CommandStatus.Sent, CommandStatus.Cancelled, false)]
    [InlineData(CommandStatus.Delivered, CommandStatus.Successful, true)]
    [InlineData(CommandStatus.Delivered, CommandStatus.Timeout, true)]
    [InlineData(CommandStatus.Delivered, CommandStatus.Sent, false)]
    [InlineData(CommandStatus.Delivered, CommandStatus.Queued, false)]
    [InlineData(CommandStatus.Successful, CommandStatus.Expired, false)]
    [InlineData(CommandStatus.Expired, CommandStatus.Sent, false)]
    [InlineData(CommandStatus.Cancelled, CommandStatus.Queued, false)]
    public void CanMove_Pair_FollowsTheStatusMachine(CommandStatus from, CommandStatus to, bool allowed) =>
        Assert.Equal(allowed, CommandLifecycle.CanMove(from, to));

    [Fact]
    public void Move_ToSent_StartsTheTimeoutAndRecordsTheTransition()
    {
        var (sent, transition) = CommandLifecycle.Move(Queued(0, 100_000, timeoutMs: 2_500), CommandStatus.Sent, 10_000);

        Assert.Equal(CommandStatus.Sent, sent.Status);
        Assert.Equal(12_500, sent.TimeoutAt);
        Assert.Equal(new CommandTransition(CommandStatus.Sent, 10_000, null), transition);
    }

    [Fact]
    public void Move_BackToQueued_ClearsTheTimeout()
    {
        var (sent, _) = CommandLifecycle.Move(Queued(0, 100_000), CommandStatus.Sent, 10);
        var (queued, _) = CommandLifecycle.Move(sent, CommandStatus.Queued, 20, "gone");

        Assert.Null(queued.TimeoutAt);
        Assert.Null(queued.Error);
    }

    [Fact]
    public void Move_SuccessfulWithAnswer_KeepsTheAnswer()
    {
        var (sent, _) = CommandLifecycle.Move(Queued(0, 100_000), CommandStatus.Sent, 10);
        var (done, _) = CommandLifecycle.Move(sent, CommandStatus.Successful, 20, null, """{"ok":true}""");

        Assert.Equal("""{"ok":true}""", done.ResponseJson);
    }

    [Fact]
    public void Move_NotAllowed_Throws() =>
        Assert.Throws<InvalidOperationException>(() => CommandLifecycle.Move(Queued(0, 100), CommandStatus.Successful, 10));

    [Fact]
    public void DueStatus_QueuedPastExpiration_Expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_000_000));
        var command = Queued(clock.GetUtcNow().ToUnixTimeMilliseconds(), clock.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds());

        Assert.Null(CommandLifecycle.DueStatus(command, clock.GetUtcNow().ToUnixTimeMilliseconds()));
        clock.Advance(TimeSpan.FromSeconds(29.999));
        Assert.Null(CommandLifecycle.DueStatus(command, clock.GetUtcNow().ToUnixTimeMilliseconds()));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(CommandStatus.Expired, CommandLifecycle.DueStatus(command, clock.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    [Fact]
    public void DueStatus_SentPastTimeout_TimeoutButExpiryWinsWhenBothPassed()
    {
        var (sent, _) = CommandLifecycle.Move(Queued(0, 60_000, timeoutMs: 5_000), CommandStatus.Sent, 10_000);

        Assert.Null(CommandLifecycle.DueStatus(sent, 14_999));
        Assert.Equal(CommandStatus.Timeout, CommandLifecycle.DueStatus(sent, 15_000));
        Assert.Equal(CommandStatus.Expired, CommandLifecycle.DueStatus(sent, 60_000));
    }

    [Fact]
    public void DueStatus_QueuedNeverTimesOut_OnlyExpires()
    {
        var command = Queued(0, 60_000, timeoutMs: 100);

        Assert.Null(CommandLifecycle.DueStatus(command, 59_999));
    }

    [Fact]
    public void DueStatus_Terminal_Null()
    {
        var (sent, _) = CommandLifecycle.Move(Queued(0, 10), CommandStatus.Sent, 1);
        var (done, _) = CommandLifecycle.Move(sent, CommandStatus.Successful, 2);

        Assert.Null(CommandLifecycle.DueStatus(done, 1_000_000));
    }
}
