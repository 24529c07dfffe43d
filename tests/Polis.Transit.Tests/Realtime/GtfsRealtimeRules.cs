using Polis.Transit.Realtime.Protobuf;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Realtime;

/// <summary>
/// The main rules of MobilityData's gtfs-realtime-validator (RULES.md), checked on a decoded feed against the
/// static network it claims to describe. Each finding starts with the rule's code; an empty list means the feed
/// passed. Rules about two feeds (W003/E047) are in <see cref="CheckPairing"/>, about two iterations of one feed
/// (E017/E018) in <see cref="CheckSequence"/>. Findings without a code are the best practice of one vehicle per trip
/// instance (the validator has no rule for it): a run in one trip update and one vehicle position at most, a vehicle
/// in one trip update at most (Polis publishes only the run a vehicle is on).
/// </summary>
internal static class GtfsRealtimeRules
{
    /// <summary>2001-09-09 and 2100-01-01: a seconds value outside is not POSIX seconds (milliseconds, E001).</summary>
    private const ulong MinPosix = 1_000_000_000, MaxPosix = 4_102_444_800;

    public static List<string> Check(FeedMessage feed, TransitNetwork? network, DateTimeOffset now)
    {
        var findings = new List<string>();
        var header = feed.Header;
        if (header.GtfsRealtimeVersion is not ("1.0" or "2.0"))
        {
            findings.Add($"E038 header version '{header.GtfsRealtimeVersion}'");
        }

        if (!header.HasTimestamp)
        {
            findings.Add("E048 header timestamp not populated");
        }

        if (!header.HasIncrementality)
        {
            findings.Add("E049 header incrementality not populated");
        }

        Posix(findings, "header.timestamp", header.Timestamp);
        if (header.HasTimestamp && (now - PosixTime(header.Timestamp)).TotalSeconds >= 65)
        {
            findings.Add($"W008 header timestamp {header.Timestamp} is 65 s or more older than {now:O}");
        }

        foreach (var id in feed.Entity.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            findings.Add($"entity id '{id}' is not unique");
        }

        foreach (var id in feed.Entity.Where(e => e.Vehicle?.Vehicle?.HasId == true).GroupBy(e => e.Vehicle.Vehicle.Id).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            findings.Add($"E052 vehicle.id '{id}' is used by more than one vehicle");
        }

        foreach (var run in feed.Entity.Where(e => e.TripUpdate?.Trip is not null).GroupBy(e => RunOf(e.TripUpdate.Trip)).Where(g => g.Count() > 1))
        {
            findings.Add($"trip run '{run.Key}' has {run.Count()} trip updates, not one");
        }

        foreach (var run in feed.Entity.Where(e => e.Vehicle?.Trip?.HasTripId == true).GroupBy(e => RunOf(e.Vehicle.Trip)).Where(g => g.Count() > 1))
        {
            findings.Add($"trip run '{run.Key}' has {run.Count()} vehicles, not one");
        }

        foreach (var id in feed.Entity.Where(e => e.TripUpdate?.Vehicle?.HasId == true).GroupBy(e => e.TripUpdate.Vehicle.Id).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            findings.Add($"vehicle '{id}' is in more than one trip update");
        }

        foreach (var entity in feed.Entity)
        {
            if (entity.Vehicle is { } vehicle)
            {
                CheckVehicle(findings, entity.Id, vehicle, header, network);
            }

            if (entity.TripUpdate is { } update)
            {
                CheckTripUpdate(findings, entity.Id, update, header, network);
            }

            if (entity.Alert is { } alert)
            {
                AlertRules.Check(findings, entity.Id, alert, network);
            }
        }

        return findings;
    }

    /// <summary>W003 and E047: a vehicle's trip in VehiclePositions has a trip update naming the same vehicle, and back.</summary>
    public static List<string> CheckPairing(FeedMessage vehiclePositions, FeedMessage tripUpdates)
    {
        var findings = new List<string>();
        var updates = tripUpdates.Entity.Where(e => e.TripUpdate is not null).Select(e => e.TripUpdate).ToList();
        foreach (var vehicle in vehiclePositions.Entity.Where(e => e.Vehicle?.Trip?.HasTripId == true).Select(e => e.Vehicle))
        {
            var matching = updates.Where(u => SameRun(u.Trip, vehicle.Trip)).ToList();
            if (matching.Count == 0)
            {
                findings.Add($"W003 trip '{vehicle.Trip.TripId}' of vehicle '{vehicle.Vehicle?.Id}' has no trip update");
            }
            else if (matching.All(u => u.Vehicle?.Id != vehicle.Vehicle?.Id))
            {
                findings.Add($"E047 trip '{vehicle.Trip.TripId}' is paired with vehicle '{vehicle.Vehicle?.Id}' in positions but '{matching[0].Vehicle?.Id}' in trip updates");
            }
        }

        var positions = vehiclePositions.Entity.Where(e => e.Vehicle is not null).Select(e => e.Vehicle).ToList();
        foreach (var update in updates.Where(u => u.Vehicle?.HasId == true))
        {
            var position = positions.FirstOrDefault(p => p.Vehicle?.Id == update.Vehicle.Id);
            if (position is null)
            {
                findings.Add($"W003 vehicle '{update.Vehicle.Id}' of trip update '{update.Trip.TripId}' has no vehicle position");
            }
            else if (position.Trip is null || !SameRun(update.Trip, position.Trip))
            {
                findings.Add($"E047 vehicle '{update.Vehicle.Id}' runs '{update.Trip.TripId}' in trip updates but '{position.Trip?.TripId}' in positions");
            }
        }

        return findings;
    }

    /// <summary>E017 and E018 between two iterations of the same feed.</summary>
    public static List<string> CheckSequence(FeedMessage previous, FeedMessage next)
    {
        var findings = new List<string>();
        if (next.Header.Timestamp < previous.Header.Timestamp)
        {
            findings.Add($"E018 header timestamp decreased from {previous.Header.Timestamp} to {next.Header.Timestamp}");
        }
        else if (next.Header.Timestamp == previous.Header.Timestamp && !next.Equals(previous))
        {
            findings.Add($"E017 content changed but the header timestamp stayed {next.Header.Timestamp}");
        }

        return findings;
    }

    private static void CheckVehicle(List<string> findings, string entity, VehiclePosition vehicle, FeedHeader header, TransitNetwork? network)
    {
        if (vehicle.Vehicle?.HasId != true)
        {
            findings.Add($"W002 vehicle position '{entity}' has no vehicle id");
        }

        Timestamped(findings, entity, vehicle.HasTimestamp, vehicle.Timestamp, header);
        if (vehicle.Position is { } position)
        {
            if (Math.Abs(position.Latitude) > 90 || Math.Abs(position.Longitude) > 180)
            {
                findings.Add($"E026 '{entity}' position {position.Latitude},{position.Longitude}");
            }

            if (position.HasBearing && position.Bearing is < 0 or > 360)
            {
                findings.Add($"E027 '{entity}' bearing {position.Bearing}");
            }
        }

        if (vehicle.Trip is { } trip)
        {
            TripDescriptorRules.Check(findings, entity, trip, network);
        }

        if (vehicle.HasStopId)
        {
            StopExists(findings, entity, vehicle.StopId, network);
        }
    }

    private static void CheckTripUpdate(List<string> findings, string entity, TripUpdate update, FeedHeader header, TransitNetwork? network)
    {
        var canceled = update.Trip.ScheduleRelationship == TripDescriptor.Types.ScheduleRelationship.Canceled;
        if (!canceled && update.Vehicle?.HasId != true)
        {
            findings.Add($"W002 trip update '{entity}' has no vehicle id");
        }

        Timestamped(findings, entity, update.HasTimestamp, update.Timestamp, header);
        TripDescriptorRules.Check(findings, entity, update.Trip, network);
        if (canceled)
        {
            if (update.StopTimeUpdate.Count > 0)
            {
                findings.Add($"'{entity}' is CANCELED but has stop_time_updates");
            }

            return;
        }

        if (update.StopTimeUpdate.Count == 0)
        {
            findings.Add($"E041 trip update '{entity}' has no stop_time_updates");
        }

        TripUpdate.Types.StopTimeUpdate? previous = null;
        foreach (var stop in update.StopTimeUpdate)
        {
            if (!stop.HasStopId && !stop.HasStopSequence)
            {
                findings.Add($"E040 '{entity}' stop_time_update without stop_id or stop_sequence");
            }

            if (stop.HasStopId)
            {
                StopExists(findings, entity, stop.StopId, network);
            }

            StopTimes.Check(findings, entity, previous, stop);
            previous = stop;
        }
    }

    public static void StopExists(List<string> findings, string entity, string stopId, TransitNetwork? network)
    {
        if (network is null || !network.Stops.ContainsKey(stopId))
        {
            findings.Add($"E011 '{entity}' stop_id '{stopId}' is not in the GTFS");
        }
    }

    private static void Timestamped(List<string> findings, string entity, bool has, ulong timestamp, FeedHeader header)
    {
        if (!has)
        {
            findings.Add($"W001 '{entity}' has no timestamp");
            return;
        }

        Posix(findings, $"{entity}.timestamp", timestamp);
        if (timestamp > header.Timestamp)
        {
            findings.Add($"E012 '{entity}' timestamp {timestamp} is after the header's {header.Timestamp}");
        }
    }

    public static void Posix(List<string> findings, string field, ulong seconds)
    {
        if (seconds is < MinPosix or >= MaxPosix)
        {
            findings.Add($"E001 {field} = {seconds} is not POSIX seconds");
        }
    }

    private static DateTimeOffset PosixTime(ulong seconds) => DateTimeOffset.FromUnixTimeSeconds((long)Math.Min(seconds, MaxPosix));

    private static bool SameRun(TripDescriptor a, TripDescriptor b) => RunOf(a) == RunOf(b);

    private static string RunOf(TripDescriptor trip) => $"{trip.TripId}@{trip.StartDate}T{trip.StartTime}";
}
