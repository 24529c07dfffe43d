using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Polis.Metering.Api;
using Polis.Metering.Exports;

namespace Polis.Dashboard.Residents;

/// <summary>
/// <c>/me</c>: the signed-in resident's accounts and service points, and per service point the consumption of the
/// chosen local days at the chosen resolution. Read once interactive and again on each change of the choice; the
/// period can also come in the address (<c>?from=2020-11-01&amp;to=2020-11-30&amp;resolution=day</c>), so a view can
/// be bookmarked.
/// </summary>
public sealed partial class MyConsumption : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, ConsumptionReport> _reports = new(StringComparer.Ordinal);
    private IReadOnlyList<MyAccountResponse>? _accounts;
    private DateOnly? _first;
    private DateOnly? _last;
    private ConsumptionResolution _resolution;
    private string _downloadQuery = string.Empty;
    private string? _message;
    private bool _live;
    private bool _loading;

    [Inject]
    private ResidentConsumptionReader Reader { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "from")]
    private string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    private string? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = "resolution")]
    private string? ResolutionQuery { get; set; }

    protected override void OnInitialized()
    {
        var chosen = ResidentPeriod.Default(Reader.Today);
        _first = DateOnly.TryParse(FromQuery, System.Globalization.CultureInfo.InvariantCulture, out var first) ? first : chosen.First;
        _last = DateOnly.TryParse(ToQuery, System.Globalization.CultureInfo.InvariantCulture, out var last) ? last : chosen.Last;
        _resolution = ResolutionQuery is not null && ConsumptionResolutions.TryParse(ResolutionQuery, out var resolution) ? resolution : chosen.Resolution;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Read once interactive, not while prerendering: the circuit reads it again anyway.
        if (firstRender)
        {
            _accounts = await Reader.AccountsAsync(await UserAsync(), _stop.Token);
            await ReadAsync();
            _live = true;
            StateHasChanged();
        }
    }

    private async Task ReadAsync()
    {
        if (_first is not { } first || _last is not { } last)
        {
            _message = "Choose the first and the last day.";
            return;
        }

        var period = new ResidentPeriod(first, last, _resolution);
        _message = period.Problem;
        if (_message is not null || _accounts is null)
        {
            return;
        }

        _loading = true;
        StateHasChanged();
        try
        {
            var user = await UserAsync();
            _reports.Clear();
            foreach (var servicePoint in _accounts.SelectMany(a => a.ServicePoints))
            {
                if (await Reader.ReadAsync(user, servicePoint.Id, period, _stop.Token) is { } report)
                {
                    _reports[servicePoint.Id] = report;
                }
            }

            _downloadQuery = period.Query(Reader.City);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task<ClaimsPrincipal> UserAsync() => (await Authentication).User;

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
