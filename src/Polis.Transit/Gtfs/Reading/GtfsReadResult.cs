using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>A feed as read from a zip and its report; <see cref="Accepted"/> when the report has no error.</summary>
public sealed record GtfsReadResult(GtfsFeed Feed, GtfsValidationReport Report)
{
    public bool Accepted => !Report.HasErrors;
}
