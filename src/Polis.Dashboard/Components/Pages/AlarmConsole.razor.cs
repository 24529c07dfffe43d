using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Polis.Dashboard.Alarms;
using Polis.Dashboard.Live;
using Polis.Dashboard.Overview;
using Polis.Platform.Alarms;

namespace Polis.Dashboard.Components.Pages;

/// <summary>
/// The alarm console: a filtered, paged list that refreshes when this node reports an alarm change (pushed,
/// coalesced so a burst costs one read) and every <see cref="RefreshInterval"/> for alarms changed on other
/// cluster nodes; the open alarm's detail is re-read with the list so its history stays current.
/// </summary>
public sealed partial class AlarmConsole
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private AlarmConsoleFilter _filter = AlarmConsoleFilter.All;
    private IReadOnlyList<Alarm> _alarms = [];
    private int _total;
    private DateTimeOffset? _readAt;
    private AlarmDetail? _detail;
    private ClaimsPrincipal _user = new();
    private bool _mayWrite;
    private IDisposable? _subscription;
    private LiveRefresh? _live;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private string StatusFilter { get; set; } = "";

    private string SeverityFilter { get; set; } = "";

    private string? District { get; set; }

    private string? DeviceId { get; set; }

    /// <summary>Opens the console filtered to one device (the device page links here).</summary>
    [SupplyParameterFromQuery(Name = "deviceId")]
    private string? DeviceIdQuery { get; set; }

    private string? RuleId { get; set; }

    private string? ProfileId { get; set; }

    private string? Assignee { get; set; }

    private string RaisedWithinFilter { get; set; } = "";

    private int PageCount => Math.Max(1, (_total + AlarmConsoleReader.PageSize - 1) / AlarmConsoleReader.PageSize);

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User;
        _mayWrite = OperatorActions.MayWrite(_user);
        DeviceId = DeviceIdQuery;
        await FilterChangedAsync();
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

    private Task FilterChangedAsync()
    {
        _filter = new AlarmConsoleFilter(
            Enum.TryParse<AlarmStatus>(StatusFilter, out var status) ? status : null,
            Enum.TryParse<AlarmSeverity>(SeverityFilter, out var severity) ? severity : null,
            District,
            DeviceId,
            PageIndex: 0,
            RuleId,
            ProfileId,
            Assignee,
            AlarmConsoleFilter.Windows.FirstOrDefault(w => w.Label == RaisedWithinFilter) is { Label: not null } window ? window.Window : null);
        return ReadAsync();
    }

    private Task PageChangedAsync(int page)
    {
        _filter = _filter with { PageIndex = page - 1 };
        return ReadAsync();
    }

    private async Task SelectAsync(Guid alarmId)
    {
        _detail = await Reader.ReadAsync(alarmId, _stop.Token);
    }

    private void CloseDetail() => _detail = null;

    private async Task ActAsync(AlarmAction action)
    {
        if (_detail is not { } open)
        {
            return;
        }

        var id = open.Alarm.Id;
        var done = action.Kind switch
        {
            AlarmActionKind.Acknowledge => await Actions.AcknowledgeAsync(_user, id, _stop.Token),
            AlarmActionKind.Clear => await Actions.ClearAsync(_user, id, _stop.Token),
            AlarmActionKind.Assign => await Actions.AssignAsync(_user, id, action.Text, _stop.Token),
            _ => await Actions.CommentAsync(_user, id, action.Text ?? "", _stop.Token),
        };
        if (done)
        {
            Snackbar.Add($"Alarm: {action.Kind.ToString().ToLowerInvariant()} done.", Severity.Success);
        }
        else
        {
            Snackbar.Add("Not done: your role does not allow it, or the alarm changed.", Severity.Warning);
        }

        await ReadAsync();
    }

    private async Task RefreshAsync()
    {
        await ReadAsync();
        StateHasChanged();
    }

    private async Task ReadAsync()
    {
        var page = await Reader.ListAsync(_filter, _stop.Token);
        _alarms = page.Items;
        _total = page.Total;
        _readAt = Time.GetUtcNow();
        if (_detail is { } open)
        {
            _detail = await Reader.ReadAsync(open.Alarm.Id, _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
