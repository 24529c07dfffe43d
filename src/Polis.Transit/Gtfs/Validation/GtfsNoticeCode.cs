namespace Polis.Transit.Gtfs.Validation;

/// <summary>A kind of notice: its snake_case code (MobilityData's where one exists) and its severity.</summary>
public sealed record GtfsNoticeCode(string Code, GtfsSeverity Severity)
{
    public override string ToString() => Code;
}
