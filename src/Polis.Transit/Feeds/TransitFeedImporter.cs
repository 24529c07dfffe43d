using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Platform.Hosting;
using Polis.Transit.Gtfs;
using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Feeds;

/// <summary>
/// The one import path behind the API and <c>polis import gtfs</c>: read and validate the zip, refuse it with its
/// report when it has errors, otherwise store it as a new version and activate it. Nothing is written for a
/// refused feed, and a failure half-way leaves no half-imported version visible.
/// </summary>
public sealed partial class TransitFeedImporter(ITransitFeedStore store, IOptions<TransitFeedOptions> options, TimeProvider time, ILogger<TransitFeedImporter> logger)
{
    /// <param name="zip">The archive, seekable (a file or a buffered upload).</param>
    public async Task<TransitFeedImportResult> ImportAsync(Stream zip, string fileName, IProgress<GtfsImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(zip, cancellationToken));
        zip.Position = 0;
        if (await store.GetActiveAsync(cancellationToken) is { } active && active.Sha256 == sha256
            && await store.GetReportJsonAsync(active.Id, cancellationToken) is { } stored)
        {
            LogAlreadyActive(logger, fileName, active.Id);
            return new TransitFeedImportResult(TransitFeedImportOutcome.AlreadyActive, active, JsonSerializer.Deserialize<GtfsValidationReport>(stored, ApiJson.Options)!);
        }

        var settings = options.Value;
        var limits = new GtfsReadLimits(settings.MaxUncompressedBytes, settings.MaxZipEntries, settings.MaxNoticeSamples);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        // Reading is CPU-bound and synchronous: keep it off the caller's thread (a request thread, in the API).
        var read = await Task.Run(() => GtfsZipReader.Read(zip, today, limits, progress, cancellationToken), cancellationToken);
        var report = read.Report;
        if (!read.Accepted)
        {
            LogRefused(logger, fileName, report.Summary.Errors, string.Join(", ", report.Notices.Where(n => n.Severity == GtfsSeverity.Error).Select(n => n.Code)));
            return new TransitFeedImportResult(TransitFeedImportOutcome.Refused, null, report);
        }

        var draft = new TransitFeedDraft(Path.GetFileName(fileName), sha256, read.Feed.FeedInfo?.Version, report.Summary.Files.ToDictionary(f => f.File, f => f.Rows),
            report.Summary.Warnings, report.Summary.Infos, JsonSerializer.Serialize(report, ApiJson.Options));
        var version = await Task.Run(() => store.AddAsync(draft, read.Feed, progress, cancellationToken), cancellationToken);
        progress?.Report(new GtfsImportProgress(GtfsImportStage.Activating, null, 0));
        var activated = await store.ActivateAsync(version.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Feed version {version.Id} was removed before it could be activated.");
        LogImported(logger, fileName, activated.Id, read.Feed.Trips.Count, read.Feed.StopTimes.Count, report.Summary.Warnings);
        return new TransitFeedImportResult(TransitFeedImportOutcome.Imported, activated, report);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GTFS feed {FileName} imported as version {FeedId}: {Trips} trips, {StopTimes} stop times, {Warnings} warnings")]
    private static partial void LogImported(ILogger logger, string fileName, long feedId, int trips, int stopTimes, int warnings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GTFS feed {FileName} refused with {Errors} errors ({Codes})")]
    private static partial void LogRefused(ILogger logger, string fileName, int errors, string codes);

    [LoggerMessage(Level = LogLevel.Information, Message = "GTFS feed {FileName} is already the active version {FeedId}; nothing imported")]
    private static partial void LogAlreadyActive(ILogger logger, string fileName, long feedId);
}
