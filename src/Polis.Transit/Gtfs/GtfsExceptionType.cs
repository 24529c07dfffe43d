namespace Polis.Transit.Gtfs;

/// <summary>calendar_dates.txt exception_type.</summary>
public enum GtfsExceptionType
{
    Added = 1,
    Removed = 2,
}
