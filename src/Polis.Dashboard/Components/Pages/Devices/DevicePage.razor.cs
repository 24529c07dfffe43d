using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Polis.Contracts.Devices;
using Polis.Dashboard.Devices;
using Polis.Dashboard.Live;
using Polis.Dashboard.Overview;
using Polis.Platform.Commands;

namespace Polis.Dashboard.Components.Pages.Devices;

/// <summary>
/// One device: twin, history chart, commands, attributes and open alarms. Re-reads when this node reports new
/// readings of the device (pushed in process, coalesced to at most one read per <see cref="MinRefreshGap"/>) and every
/// <see cref="RefreshInterval"/> for what has no push (connectivity, alarms, readings ingested on other nodes).
/// </summary>
public sealed partial class DevicePage : IAsyncDisposable
{
    private static readonly TimeSpan MinRefreshGap = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private DeviceView? _view;
    private IReadOnlyList<string> _keys = [];
    private IReadOnlyList<PersistentCommand> _recentCommands = [];
    private bool _missing;
    private ClaimsPrincipal _user = new();
    private bool _mayWrite;
    private string? _attributeMessage;
    private IDisposable? _subscription;
    private LiveRefresh? _live;
    private int _tick;
    private string? _readId;

    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private DevicePageReader Reader { get; set; } = default!;

    [Inject]
    private DeviceReadingFeed Feed { get; set; } = default!;

    [Inject]
    private DeviceActions Actions { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User;
        _mayWrite = OperatorActions.MayWrite(_user);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_readId == Id)
        {
            return;
        }

        // The same component shows another device when only the route's id changes: start over for it.
        _readId = Id;
        _keys = [];
        _attributeMessage = null;
        await ReadAsync();
        if (_subscription is not null)
        {
            _subscription.Dispose();
            _subscription = Feed.Subscribe(Id, _live!.Request);
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render reaches here: prerendering must not leave subscriptions behind.
        if (firstRender)
        {
            _live = new LiveRefresh(InvokeAsync, RefreshAsync, Time, _stop.Token, MinRefreshGap);
            _subscription = Feed.Subscribe(Id, _live.Request);
            _live.RepeatEvery(RefreshInterval, () => _tick++); // the chart re-reads a range that ends "now"
            StateHasChanged(); // says data-live="true": clicks before that hit the prerendered HTML
        }
    }

    private async Task ReadAsync()
    {
        _view = await Reader.ReadAsync(Id, _stop.Token);
        _missing = _view is null;
        if (_view is { } view)
        {
            var keys = view.Twin.Latest.Keys.Order(StringComparer.Ordinal).ToList();
            if (!keys.SequenceEqual(_keys))
            {
                _keys = keys; // a new list only when the keys change, so the chart is not re-read on every reading
            }

            _recentCommands = await Reader.RecentCommandsAsync(Id, _stop.Token);
        }
    }

    private async Task SetAttributeAsync((AttributeScope Scope, string Key, string? Value) change)
    {
        _attributeMessage = await Actions.SetAttributeAsync(_user, Id, change.Scope, change.Key, change.Value, _stop.Token);
        if (_attributeMessage is null)
        {
            Snackbar.Add($"Attribute {change.Key} set.", Severity.Success);
        }

        await ReadAsync();
    }

    private async Task DeleteAttributeAsync((AttributeScope Scope, string Key) change)
    {
        _attributeMessage = await Actions.DeleteAttributeAsync(_user, Id, change.Scope, change.Key, _stop.Token);
        await ReadAsync();
    }

    private async Task RefreshAsync()
    {
        await ReadAsync();
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
