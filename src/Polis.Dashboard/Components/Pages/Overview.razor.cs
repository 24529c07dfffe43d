using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Polis.Dashboard.Live;
using Polis.Dashboard.Overview;
using Polis.Platform.Alarms;

namespace Polis.Dashboard.Components.Pages;

/// <summary>
/// The overview refreshes when this node reports an alarm change (pushed, coalesced so a burst of changes
/// costs one read) and every <see cref="RefreshInterval"/> for what has no push yet: devices going online or
/// offline and alarms changed on other cluster nodes.
/// </summary>
public sealed partial class Overview
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private CityOverview? _overview;
    private CityIndicators? _indicators;
    private ClaimsPrincipal _user = new();
    private bool _mayWrite;
    private IDisposable? _subscription;
    private LiveRefresh? _live;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User;
        _mayWrite = OperatorActions.MayWrite(_user);
        _overview = await Reader.ReadAsync(_stop.Token);
        _indicators = await Indicators.ReadAsync(_stop.Token);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render reaches here: prerendering must not leave subscriptions behind.
        if (firstRender)
        {
            _live = new LiveRefresh(InvokeAsync, RefreshAsync, Time, _stop.Token);
            _subscription = Feed.Subscribe((_, _) => _live.Request());
            _live.RepeatEvery(RefreshInterval);

            // Re-render once so the page says it is live (data-live): clicks before that hit the prerendered HTML.
            StateHasChanged();
        }
    }

    private async Task RefreshAsync()
    {
        _overview = await Reader.ReadAsync(_stop.Token);
        _indicators = await Indicators.ReadAsync(_stop.Token);
        StateHasChanged();
    }

    private async Task AcknowledgeAsync(Guid alarmId)
    {
        if (await Actions.AcknowledgeAsync(_user, alarmId, _stop.Token))
        {
            Snackbar.Add("Alarm acknowledged.", Severity.Success);
        }
        else
        {
            Snackbar.Add("Not acknowledged: your role does not allow it, or the alarm changed.", Severity.Warning);
        }

        _live?.Request();
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
