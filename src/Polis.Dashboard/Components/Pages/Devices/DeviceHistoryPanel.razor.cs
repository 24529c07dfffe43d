using Microsoft.AspNetCore.Components;
using Polis.Dashboard.Devices;
using Polis.Platform.Telemetry;

namespace Polis.Dashboard.Components.Pages.Devices;

/// <summary>
/// The history chart's controls and data. Re-reads when a control changes and when the page ticks
/// (<see cref="RefreshTick"/>) while the range ends "now"; a custom range is fixed history and is not re-read.
/// </summary>
public sealed partial class DeviceHistoryPanel : IDisposable
{
    // A <select> needs a non-null value for "raw"; it maps back to a null interval.
    private const string RawValue = "raw";

    private readonly CancellationTokenSource _stop = new();
    private HistorySeries? _series;
    private int _readTick = -1;

    [Inject]
    private DeviceHistoryReader Reader { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public string DeviceId { get; set; } = "";

    /// <summary>The twin's telemetry keys, the ones worth charting first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Keys { get; set; } = [];

    /// <summary>Changes on the page's periodic refresh.</summary>
    [Parameter]
    public int RefreshTick { get; set; }

    private string Key { get; set; } = "";

    private HistoryRange Range { get; set; } = HistoryRange.Last24Hours;

    private string Interval { get; set; } = RawValue;

    private Aggregation Agg { get; set; } = Aggregation.Avg;

    private DateTime? CustomFrom { get; set; }

    private DateTime? CustomTo { get; set; }

    private string ValueLabel => Interval == RawValue
        ? Key
        : $"{Key} ({Agg.ToString().ToLowerInvariant()} per {HistoryChoices.Intervals.First(i => i.Value == Interval).Label})";

    protected override async Task OnParametersSetAsync()
    {
        var firstKey = Keys.Count > 0 && !Keys.Contains(Key);
        if (firstKey)
        {
            Key = Keys[0];
        }

        if (Keys.Count > 0 && (firstKey || (RefreshTick != _readTick && Range != HistoryRange.Custom)))
        {
            await ReadAsync();
        }
    }

    private async Task ReadAsync()
    {
        _readTick = RefreshTick;
        if (Range == HistoryRange.Custom && CustomFrom is null && CustomTo is null)
        {
            // Start a custom range from the last 24 h, so the pickers open on something sensible.
            var now = Time.GetUtcNow().UtcDateTime;
            CustomTo = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc);
            CustomFrom = CustomTo.Value.AddDays(-1);
        }

        var request = new HistoryRequest(Key, Range, Interval == RawValue ? null : Interval, Agg, CustomFrom, CustomTo);
        _series = await Reader.ReadAsync(DeviceId, request, _stop.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
