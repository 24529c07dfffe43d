using Microsoft.AspNetCore.Components;
using Polis.Dashboard.Transit;
using Polis.Transit.Feeds;

namespace Polis.Dashboard.Components.Pages.Transit;

/// <summary>
/// On-time performance per route and per hour of the day, and prediction accuracy per horizon, over a chosen range
/// of days and one route or all. Read once when the page is interactive and again on each change of the choice;
/// history does not change fast enough to need a live feed.
/// </summary>
public sealed partial class TransitPerformancePage : IDisposable
{
    private const string AllRoutes = "";
    private const int DefaultDays = 7;

    private readonly CancellationTokenSource _stop = new();
    private DateOnly? _from;
    private DateOnly? _to;
    private string _routeId = AllRoutes;
    private IReadOnlyList<(string Id, string Name)> _routes = [];
    private TransitPerformance? _report;
    private string? _message;
    private bool _live;
    private bool _loading;

    [Inject]
    private TransitPerformanceReader Reader { get; set; } = default!;

    [Inject]
    private ITransitNetworkProvider Networks { get; set; } = default!;

    protected override void OnInitialized()
    {
        var today = Reader.Today;
        (_from, _to) = (today.AddDays(1 - DefaultDays), today);
        _routes = Networks.Current is { } network
            ? [.. network.Routes.Values.OrderBy(r => r.DisplayName, StringComparer.Ordinal).Select(r => (r.Id, r.DisplayName))]
            : [];
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Read once interactive, not while prerendering: the read can take a while on a long range.
        if (firstRender)
        {
            await ReadAsync();
            _live = true;
            StateHasChanged();
        }
    }

    private async Task ReadAsync()
    {
        if (_from is not { } from || _to is not { } to || from > to || to.DayNumber - from.DayNumber >= TransitPerformanceReader.MaxDays)
        {
            _message = $"Choose a range of at most {TransitPerformanceReader.MaxDays} days, the first not after the last.";
            return;
        }

        _message = null;
        _loading = true;
        StateHasChanged();
        try
        {
            _report = await Reader.ReadAsync(from, to, _routeId == AllRoutes ? null : _routeId, _stop.Token);
        }
        finally
        {
            _loading = false;
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
