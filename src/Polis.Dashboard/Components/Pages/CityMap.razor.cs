using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Polis.Dashboard.Live;
using Polis.Dashboard.Map;

namespace Polis.Dashboard.Components.Pages;

/// <summary>
/// The live map. The first interactive render sends the base layer and every marker in one payload; afterwards
/// readings and alarm changes pushed in process are coalesced and sent at most once per <see cref="FlushInterval"/>,
/// and every <see cref="ReconcileInterval"/> the map is re-read to catch what has no push (devices going offline,
/// changes on other cluster nodes, devices created or deleted).
/// </summary>
public sealed partial class CityMap
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);
    private const int ReconcileEveryFlushes = 15;

    private readonly CancellationTokenSource _stop = new();
    private readonly MapPendingChanges _pending = new();
    private readonly MapMarkerSet _markers = new();
    private ElementReference _mapElement;
    private IJSObjectReference? _module;
    private DotNetObjectReference<CityMap>? _self;
    private IDisposable? _readings;
    private IDisposable? _alarms;
    private MapDeviceDetail? _selected;
    private bool _live;
    private int _markerCount;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Inject]
    private MapSnapshotReader Snapshots { get; set; } = default!;

    [Inject]
    private MapDeviceReader DeviceReader { get; set; } = default!;

    [Inject]
    private MapBaseLayerReader BaseLayer { get; set; } = default!;

    [Inject]
    private MapFeed Readings { get; set; } = default!;

    [Inject]
    private AlarmFeed Alarms { get; set; } = default!;

    [Inject]
    private ILogger<CityMap> Logger { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only the interactive render reaches here: prerendering must not leave subscriptions behind.
        if (!firstRender)
        {
            return;
        }

        // Subscribed before the snapshot is read, so nothing that happens in between is lost (a change already in
        // the snapshot is simply applied twice, which changes nothing).
        _readings = Readings.Subscribe(_pending.OnReadings);
        _alarms = Alarms.Subscribe((alarm, _) => _pending.OnAlarmChanged(alarm.DeviceId));
        _module = await Js.InvokeAsync<IJSObjectReference>("import", _stop.Token, "./_content/Polis.Dashboard/js/city-map.js");
        var snapshot = await Snapshots.ReadAsync(_stop.Token);
        var baseLayer = await BaseLayer.ReadAsync(_stop.Token);
        _markers.Load(snapshot);
        _self = DotNetObjectReference.Create(this);
        await _module.InvokeVoidAsync("create", _stop.Token, _mapElement, baseLayer.Options, baseLayer.GeographyJson, snapshot.ToPayload(), _self);
        _markerCount = _markers.Count;
        _live = true;
        StateHasChanged();
        _ = RunAsync();
    }

    /// <summary>Called by city-map.js when a marker is clicked: the twin is read now, not sent with every marker.</summary>
    [JSInvokable]
    public async Task SelectDevice(string deviceId)
    {
        _selected = await DeviceReader.ReadAsync(deviceId, _stop.Token);
        StateHasChanged();
    }

    private Task RunAsync() =>
        LiveMapPage.RunAsync("live map", FlushInterval, TimeProvider.System, InvokeAsync,
            flush => flush % ReconcileEveryFlushes == 0 ? ReconcileAsync() : FlushAsync(), Logger, _stop.Token);

    private async Task FlushAsync()
    {
        var (reported, alarmChanged) = _pending.Take();
        if (reported.Count == 0 && alarmChanged.Count == 0)
        {
            return;
        }

        var openAlarms = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var deviceId in alarmChanged)
        {
            openAlarms[deviceId] = await Snapshots.HasOpenAlarmAsync(deviceId, _stop.Token);
        }

        await SendAsync(_markers.Apply(reported, openAlarms));
    }

    private async Task ReconcileAsync()
    {
        await FlushAsync();
        var fresh = await Snapshots.ReadAsync(_stop.Token);
        if (_markers.Reconcile(fresh) is { } changes)
        {
            await SendAsync(changes);
            return;
        }

        _markers.Load(fresh);
        await _module!.InvokeVoidAsync("reload", _stop.Token, _mapElement, fresh.ToPayload());
        _markerCount = _markers.Count;
        StateHasChanged();
    }

    private async Task SendAsync(MapChangesPayload changes)
    {
        if (!changes.IsEmpty)
        {
            await _module!.InvokeVoidAsync("update", _stop.Token, _mapElement, changes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _readings?.Dispose();
        _alarms?.Dispose();
        await _stop.CancelAsync();
        await LiveMapPage.DisposeAsync(_module, _mapElement);
        _self?.Dispose();
        _stop.Dispose();
    }
}
