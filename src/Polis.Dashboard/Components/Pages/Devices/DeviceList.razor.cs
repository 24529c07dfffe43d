using System.Globalization;
using Polis.Dashboard.Devices;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Components.Pages.Devices;

/// <summary>
/// The registry list: filters combine with AND and every page is one store query of
/// <see cref="DeviceListReader.PageSize"/> rows, so the list stays cheap at 200,000 devices.
/// </summary>
public sealed partial class DeviceList
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly CancellationTokenSource _stop = new();
    private DeviceListFilter _filter = DeviceListFilter.All;
    private DeviceListPage _page = new([], 0, null);
    private IReadOnlyList<DeviceProfile> _profiles = [];
    private bool _live;

    private string? Search { get; set; }

    private string ProfileFilter { get; set; } = "";

    private string? District { get; set; }

    private string? Label { get; set; }

    private string OnlineFilter { get; set; } = "";

    private int PageCount => Math.Max(1, (_page.Total + DeviceListReader.PageSize - 1) / DeviceListReader.PageSize);

    protected override async Task OnInitializedAsync()
    {
        _profiles = [.. (await Reader.ProfilesAsync(_stop.Token)).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        await ReadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Filters typed into the prerendered HTML would be lost: tests (and people) wait for data-live.
            _live = true;
            StateHasChanged();
        }
    }

    private static string DeviceHref(string id) => "devices/" + Uri.EscapeDataString(id);

    private void Open(string id) => Navigation.NavigateTo(DeviceHref(id));

    private Task FilterChangedAsync()
    {
        _filter = new DeviceListFilter(
            Search,
            ProfileFilter,
            District,
            Label,
            bool.TryParse(OnlineFilter, out var online) ? online : null,
            PageIndex: 0);
        return ReadAsync();
    }

    private Task PageChangedAsync(int page)
    {
        _filter = _filter with { PageIndex = page - 1 };
        return ReadAsync();
    }

    private async Task ReadAsync() => _page = await Reader.ListAsync(_filter, _stop.Token);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
