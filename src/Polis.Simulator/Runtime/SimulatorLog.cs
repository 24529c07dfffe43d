using Microsoft.Extensions.Logging;

namespace Polis.Simulator.Runtime;

internal static partial class SimulatorLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated city: seed {Seed}, scale {Scale}, {Devices} devices, {Districts} districts, {Routes} bus routes")]
    public static partial void Generated(ILogger logger, int seed, string scale, int devices, int districts, int routes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Provisioned the simulated devices: {Created} created, {Reused} existing reused with rotated tokens")]
    public static partial void Provisioned(ILogger logger, int created, int reused);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starter alarm rules: {Created} created, {Total} in all (existing ones are left as operators set them)")]
    public static partial void StarterRules(ILogger logger, int created, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the GTFS static feed to {Path}")]
    public static partial void GtfsWritten(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The city's GTFS feed is the platform's active transit feed (version {FeedId})")]
    public static partial void TransitFeedImported(ILogger logger, long feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polis refused a reading of {DeviceId}: {Reason} (refusal {Count})")]
    public static partial void Refused(ILogger logger, string deviceId, string reason, long count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{DeviceId} could not connect, retrying in {Backoff}: {Error}")]
    public static partial void ConnectFailed(ILogger logger, string deviceId, TimeSpan backoff, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{DeviceId} could not handle a command: {Error}")]
    public static partial void CommandFailed(ILogger logger, string deviceId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated city: {Connected} devices connected, {Published} messages sent, {Refused} refused, {Failed} failed, {Commands} commands obeyed")]
    public static partial void Progress(ILogger logger, int connected, long published, long refused, long failed, long commands);
}
