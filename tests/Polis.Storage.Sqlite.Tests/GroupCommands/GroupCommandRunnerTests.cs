using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Commands;
using Polis.Platform.Commands.Groups;
using Polis.Storage.Sqlite.GroupCommands;

namespace Polis.Storage.Sqlite.Tests.GroupCommands;

/// <summary>The group runner on a real SQLite file with a fake clock: pacing, outcomes, cancel and resume after a restart.</summary>
public sealed class GroupCommandRunnerTests : IDisposable
{
    private static readonly RpcCommand Dim = new("setLevel", """{"level":30}""", TimeSpan.FromSeconds(5), OneWay: false, Persistent: false, ExpiresAt: null);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-groups-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
    private readonly RecordingSender _sender = new();
    private readonly SqliteGroupCommandStore _store;

    public GroupCommandRunnerTests()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        _store = new SqliteGroupCommandStore(database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Run_TwoDevicesPerSecond_SendsAtThatPaceAndRecordsEveryOutcome()
    {
        var group = await CreateAsync(ratePerSecond: 2, "lamp-1", "lamp-2", "lamp-3", "lamp-4", "lamp-5");
        using var runner = Runner();
        await runner.StartAsync(CancellationToken.None);
        runner.Start(group);

        await WaitForAsync(() => _sender.Sent.Count == 1);
        await Task.Delay(100);
        Assert.Single(_sender.Sent); // the second waits for the next half-second slot

        // One more device per half second of (fake) time, never a burst to catch up.
        for (var sent = 2; sent <= 5; sent++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(500));
            await WaitForAsync(() => _sender.Sent.Count >= sent);
            Assert.Equal(sent, _sender.Sent.Count);
        }

        await WaitForAsync(async () => (await _store.GetAsync(group.Id))!.Status == GroupCommandStatus.Completed);

        Assert.Equal(["lamp-1", "lamp-2", "lamp-3", "lamp-4", "lamp-5"], _sender.Sent.ToArray());
        var counts = await _store.CountAsync(group.Id);
        Assert.Equal(4, counts[GroupDeviceStatus.Successful]);
        Assert.Equal(1, counts[GroupDeviceStatus.Offline]); // lamp-3 is "offline" in the recording sender
        var outcomes = await _store.ListOutcomesAsync(group.Id, GroupDeviceStatus.Successful, 0, 10);
        Assert.Equal("""{"ok":"lamp-1"}""", outcomes[0].ResponseJson);
        await runner.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Cancel_WhileRunning_StopsSendingAndMarksTheRestCancelled()
    {
        var group = await CreateAsync(ratePerSecond: 1, "a", "b", "c", "d");
        using var runner = Runner();
        await runner.StartAsync(CancellationToken.None);
        runner.Start(group);
        await WaitForAsync(() => _sender.Sent.Count == 1);

        Assert.True(runner.Cancel(group.Id));
        await WaitForAsync(async () => (await _store.GetAsync(group.Id))!.Status == GroupCommandStatus.Cancelled);
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Single(_sender.Sent);
        Assert.Equal(3, (await _store.CountAsync(group.Id))[GroupDeviceStatus.Cancelled]);
        await runner.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Restart_GroupStillRunning_ResumesWithOnlyThePendingDevices()
    {
        var group = await CreateAsync(ratePerSecond: 1, "a", "b", "c");
        using (var first = Runner())
        {
            await first.StartAsync(CancellationToken.None);
            first.Start(group);
            await WaitForAsync(async () => (await _store.ListPendingAsync(group.Id)).Count == 2);
            await first.StopAsync(CancellationToken.None); // the node stops; the group stays running
        }

        Assert.Equal(GroupCommandStatus.Running, (await _store.GetAsync(group.Id))!.Status);
        using var second = Runner();
        await second.StartAsync(CancellationToken.None);
        await WaitForAsync(() => _sender.Sent.Count == 2);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(async () => (await _store.GetAsync(group.Id))!.Status == GroupCommandStatus.Completed);

        Assert.Equal(["a", "b", "c"], _sender.Sent.ToArray()); // a once, b and c after the restart
        await second.StopAsync(CancellationToken.None);
    }

    private GroupCommandRunner Runner() =>
        new(_store, _sender, Options.Create(new GroupCommandOptions()), _clock, NullLogger<GroupCommandRunner>.Instance);

    private async Task<GroupCommand> CreateAsync(double ratePerSecond, params string[] devices)
    {
        var group = new GroupCommand(Guid.NewGuid(), Dim, """{"district":"east"}""", ratePerSecond, GroupCommandStatus.Running, devices.Length, "op@city", _clock.GetUtcNow(), null);
        await _store.CreateAsync(group, devices);
        return group;
    }

    private static Task WaitForAsync(Func<bool> done) => WaitForAsync(() => Task.FromResult(done()));

    private static async Task WaitForAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 500 && !await done(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(await done(), "condition not reached");
    }

    private sealed class RecordingSender : IGroupDeviceSender
    {
        public ConcurrentQueue<string> Sent { get; } = new();

        public Task<GroupDeviceOutcome> SendAsync(string deviceId, RpcCommand command)
        {
            Sent.Enqueue(deviceId);
            var outcome = deviceId == "lamp-3"
                ? new GroupDeviceOutcome(deviceId, GroupDeviceStatus.Offline, null, "not connected", DateTimeOffset.UnixEpoch)
                : new GroupDeviceOutcome(deviceId, GroupDeviceStatus.Successful, $$"""{"ok":"{{deviceId}}"}""", null, DateTimeOffset.UnixEpoch);
            return Task.FromResult(outcome);
        }
    }
}
