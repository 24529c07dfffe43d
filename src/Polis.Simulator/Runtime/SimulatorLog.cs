using Microsoft.Extensions.Logging;

namespace Polis.Simulator.Runtime;

internal static partial class SimulatorLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated city: seed {Seed}, scale {Scale}, {Devices} devices, {Districts} districts, {Routes} bus routes")]
    public static partial void Generated(ILogger logger, int seed, string scale, int devices, int districts, int routes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Provisioned the simulated devices: {Created} created, {Reused} existing reused with rotated tokens ({Updated} of them now standing for something else, their registry fields replaced)")]
    public static partial void Provisioned(ILogger logger, int created, int reused, int updated);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starter alarm rules: {Created} created, {Total} in all (existing ones are left as operators set them)")]
    public static partial void StarterRules(ILogger logger, int created, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the GTFS static feed to {Path}")]
    public static partial void GtfsWritten(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The city's GTFS feed is the platform's active transit feed (version {FeedId})")]
    public static partial void TransitFeedImported(ILogger logger, long feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The city's GTFS feed could not be imported; buses run unmatched: {Error}")]
    public static partial void TransitFeedRefused(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "The transit feed {Name} is the platform's active transit feed (version {FeedId})")]
    public static partial void RealTransitFeedImported(ILogger logger, string name, long feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The transit feed {Name} could not be imported; its buses run unmatched: {Error}")]
    public static partial void RealTransitFeedRefused(ILogger logger, string name, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The transit feed {Path} cannot run, so the city's buses run its generated routes: {Reason}")]
    public static partial void TransitFeedUnusable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The transit feed {Name} runs from {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}, which covers today: imported as it is")]
    public static partial void TransitFeedCurrent(ILogger logger, string name, DateOnly first, DateOnly last);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebased the transit feed {Name} by {Weeks} weeks so that it runs today: service {First:yyyy-MM-dd}–{Last:yyyy-MM-dd} becomes {NewFirst:yyyy-MM-dd}–{NewLast:yyyy-MM-dd}; dates moved: {Files}")]
    public static partial void TransitFeedRebased(ILogger logger, string name, int weeks, DateOnly first, DateOnly last, DateOnly newFirst, DateOnly newLast, string files);

    [LoggerMessage(Level = LogLevel.Information, Message = "The transit feed's buses: {Vehicles} vehicles for {Needed} duties on its busiest day from {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd} (MaxTransitVehicles {Cap})")]
    public static partial void TransitFleet(ILogger logger, int vehicles, int needed, DateOnly firstDate, DateOnly lastDate, int cap);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The transit feed needs {Needed} buses on its busiest day, more than MaxTransitVehicles ({Cap}): the duties with the least time in service are not driven")]
    public static partial void TransitFleetCapped(ILogger logger, int needed, int cap);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polis refused a reading of {DeviceId}: {Reason} (refusal {Count})")]
    public static partial void Refused(ILogger logger, string deviceId, string reason, long count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{DeviceId} could not connect, retrying in {Backoff}: {Error}")]
    public static partial void ConnectFailed(ILogger logger, string deviceId, TimeSpan backoff, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{DeviceId} could not handle a command: {Error}")]
    public static partial void CommandFailed(ILogger logger, string deviceId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated city: {Connected} devices connected, {Published} messages sent, {Refused} refused, {Failed} failed, {Commands} commands obeyed")]
    public static partial void Progress(ILogger logger, int connected, long published, long refused, long failed, long commands);

    [LoggerMessage(Level = LogLevel.Information, Message = "Metering customers of the simulated city: {Households} households with {Meters} meters, {Feeders} district feeders; {Created} records created, {Existing} already there, {Assigned} tariff assignments in place ({Seconds:F1} s)")]
    public static partial void MeteringCustomers(ILogger logger, int households, int meters, int feeders, int created, int existing, int assigned, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The simulated city's households could not all be made metering customers; the devices report all the same, metering keeps their readings as unassigned: {Error}")]
    public static partial void MeteringCustomersFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The district feeders' register reads were refused; they are sent again with the next slot: {Error}")]
    public static partial void FeederReadsFailed(ILogger logger, string error);
}
