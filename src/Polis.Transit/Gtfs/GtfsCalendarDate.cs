namespace Polis.Transit.Gtfs;

/// <summary>A row of calendar_dates.txt: service added (exception_type 1) or removed (2) on one date.</summary>
public sealed record GtfsCalendarDate(string ServiceId, DateOnly Date, GtfsExceptionType ExceptionType);
