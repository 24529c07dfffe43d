namespace Polis.Dashboard.Devices;

/// <summary>The time ranges the history chart offers; Custom uses the page's from and to.</summary>
public enum HistoryRange
{
    LastHour,
    Last24Hours,
    Last7Days,
    Last30Days,
    Custom,
}
