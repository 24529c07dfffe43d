using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Polis.Dashboard.Map;
using Polis.Dashboard.Transit;
using Polis.Transit.Live;

namespace Polis.Dashboard.Components.Pages.Transit;

/// <summary>
/// The transit map. The first interactive render sends the base layer, the active network (routes, shapes, stops)
/// and every vehicle; then once per <see cref="FlushInterval"/> the page reads the tracker's live state and sends only
/// the vehicles whose position or colour changed (and those gone). The tracker publishes a new immutable list on each
/// accepted report, so the read is one reference when nothing moved; a new feed redraws the network.
/// </summary>
public sealed partial class TransitMap : IAsyncDisposable
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly TransitVehicleSet _vehicles = new();
    private ElementReference _mapElement;
    private IJSObjectReference? _module;
    private DotNetObjectReference<TransitMap>? _self;
    private TransitMapNetwork? _network;
    private string _routeFilter = "";
    private TransitVehicleDetail? _selected;
    private bool _live;
    private int _vehicleCount;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Inject]
    private MapBaseLayerReader BaseLayer { get; set; } = default!;

    [Inject]
    private TransitMapNetworks Networks { get; set; } = default!;

    [Inject]
    private ITransitLiveState LiveVehicles { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<TransitMap> Logger { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only the interactive render reaches here: prerendering must not start a loop.
        if (!firstRender)
        {
            return;
        }

        _module = await Js.InvokeAsync<IJSObjectReference>("import", _stop.Token, "./_content/Polis.Dashboard/js/transit-map.js");
        var baseLayer = await BaseLayer.ReadAsync(_stop.Token);
        _network = Networks.Current;
        var vehicles = _vehicles.Changes(LiveVehicles.Vehicles, _network, Time.GetUtcNow());
        _self = DotNetObjectReference.Create(this);
        await _module.InvokeVoidAsync("create", _stop.Token, _mapElement, baseLayer.Options, baseLayer.GeographyJson, DelayBands.Styles, _network?.Payload, vehicles, _self);
        _vehicleCount = _vehicles.Count;
        _live = true;
        StateHasChanged();
        _ = RunAsync();
    }

    /// <summary>Called by transit-map.js when a vehicle is clicked.</summary>
    [JSInvokable]
    public Task SelectVehicle(string vehicleId)
    {
        _selected = LiveVehicles.Find(vehicleId) is { } state ? TransitVehicleDetails.From(state, _network?.Network, Time.GetUtcNow()) : null;
        StateHasChanged();
        return Task.CompletedTask;
    }

    /// <summary>Called by transit-map.js when a stop is clicked: its departure board.</summary>
    [JSInvokable]
    public void OpenStop(string stopId) => Navigation.NavigateTo($"transit/stops/{Uri.EscapeDataString(stopId)}");

    private void CloseVehicle() => _selected = null;

    /// <summary>Shows one route (its line, stops and vehicles) or, with none chosen, everything.</summary>
    private async Task SendFilterAsync()
    {
        int[] indexes = _network?.RouteIndex.TryGetValue(_routeFilter, out var index) == true ? [index] : [];
        await _module!.InvokeVoidAsync("filter", _stop.Token, _mapElement, indexes);
    }

    private Task RunAsync() => LiveMapPage.RunAsync("transit map", FlushInterval, Time, InvokeAsync, _ => FlushAsync(), Logger, _stop.Token);

    private async Task FlushAsync()
    {
        var now = Time.GetUtcNow();
        var render = false;
        if (Networks.Current is var network && network != _network)
        {
            // Another feed was activated: its routes and stops replace the old ones, every vehicle is sent again
            // (its route index changed), and the filter keeps its route if the new feed still has it.
            _network = network;
            _vehicles.Clear();
            _routeFilter = network?.RouteIndex.ContainsKey(_routeFilter) == true ? _routeFilter : "";
            await _module!.InvokeVoidAsync("setNetwork", _stop.Token, _mapElement, network?.Payload);
            await SendFilterAsync();
            render = true;
        }

        var changes = _vehicles.Changes(LiveVehicles.Vehicles, _network, now);
        if (!changes.IsEmpty)
        {
            await _module!.InvokeVoidAsync("update", _stop.Token, _mapElement, changes);
        }

        if (_selected is { } selected && LiveVehicles.Find(selected.State.VehicleId) is var state
            && (state != selected.State || DelayBands.Of(selected.State, now) != selected.Band))
        {
            // The open panel follows its vehicle: a new report, or its report going stale.
            _selected = state is null ? null : TransitVehicleDetails.From(state, _network?.Network, now);
            render = true;
        }

        render |= _vehicleCount != _vehicles.Count;
        _vehicleCount = _vehicles.Count;
        if (render)
        {
            StateHasChanged();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await LiveMapPage.DisposeAsync(_module, _mapElement);
        _self?.Dispose();
        _stop.Dispose();
    }
}
