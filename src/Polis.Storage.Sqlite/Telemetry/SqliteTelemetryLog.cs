using Microsoft.Extensions.Logging;

namespace Polis.Storage.Sqlite.Telemetry;

internal static partial class SqliteTelemetryLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Error, Message = "Telemetry commit of {RequestCount} write(s) failed; their callers are faulted and will not acknowledge the device")]
    public static partial void CommitFailed(ILogger logger, Exception exception, int requestCount);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Telemetry maintenance write failed")]
    public static partial void MaintenanceFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Critical, Message = "Telemetry writer stopped unexpectedly; pending writes were faulted")]
    public static partial void WriterStopped(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Telemetry retention removed {Rows} row(s) from {Tier} older than {Cutoff}")]
    public static partial void RetentionApplied(ILogger logger, long rows, string tier, long cutoff);
}
