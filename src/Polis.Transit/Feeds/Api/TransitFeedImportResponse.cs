using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Feeds.Api;

/// <summary>An accepted upload: the feed version now active and its validation report (warnings included).</summary>
public sealed record TransitFeedImportResponse(TransitFeedVersion Feed, GtfsValidationReport Report, bool AlreadyActive);
