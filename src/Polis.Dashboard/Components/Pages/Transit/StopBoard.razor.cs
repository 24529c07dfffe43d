using Microsoft.AspNetCore.Components;
using Polis.Dashboard.Live;
using Polis.Dashboard.Transit;
using Polis.Transit.Timetable;

namespace Polis.Dashboard.Components.Pages.Transit;

/// <summary>
/// A stop's departure board: its next departures with the tracked vehicles' predictions laid over the timetable,
/// rebuilt every <see cref="RefreshInterval"/> (predictions move with every report, scheduled calls leave as their
/// time passes), and the stop's timetable for a chosen date on the second tab.
/// </summary>
public sealed partial class StopBoard : IAsyncDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private TransitNetwork? _network;
    private string? _stopName;
    private string? _stopCode;
    private IReadOnlyList<StopBoardRow> _departures = [];
    private DateTimeOffset? _readAt;
    private LiveRefresh? _live;
    private int _tab;

    [Parameter]
    public string StopId { get; set; } = "";

    [Inject]
    private StopBoardReader Reader { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override void OnParametersSet() => Read();

    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render reaches here: prerendering must not leave a timer behind.
        if (firstRender)
        {
            _live = new LiveRefresh(InvokeAsync, RefreshAsync, Time, _stop.Token);
            _live.RepeatEvery(RefreshInterval);
            StateHasChanged(); // says data-live
        }
    }

    private Task RefreshAsync()
    {
        Read();
        StateHasChanged();
        return Task.CompletedTask;
    }

    private void Read()
    {
        _network = Reader.Network;
        var stop = _network?.Stops.GetValueOrDefault(StopId);
        (_stopName, _stopCode) = (stop?.Name, stop?.Code);
        _departures = _network is not null && stop is not null ? Reader.Departures(_network, StopId) : [];
        _readAt = Time.GetUtcNow();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
