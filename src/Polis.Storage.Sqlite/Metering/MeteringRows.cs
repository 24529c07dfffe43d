using Microsoft.Data.Sqlite;
using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>Columns, row readers and parameter binding of the metering registry tables (migrations 0016, 0017, 0023).</summary>
internal static class MeteringRows
{
    public const int ConstraintViolation = 19;

    public const string AccountColumns = "id, name, kind, email, phone, created_at, updated_at";

    public const string ServicePointColumns = "id, account_id, kind, address, district_id, longitude, latitude, occupied, created_at, updated_at";

    /// <summary>The service point columns and, last, its feeder meter ids joined by <see cref="FeederSeparator"/> (migration 0023).</summary>
    public const string ServicePointWithFeeders = ServicePointColumns +
        ", (SELECT group_concat(feeder_meter_id, char(31)) FROM metering_service_point_feeders f WHERE f.service_point_id = metering_service_points.id)";

    private const char FeederSeparator = '\u001f';

    public const string MeterColumns = "id, kind, serial, device_id, register_digits, multiplier, interval_minutes, created_at, updated_at, reading_type";

    public const string InstallationColumns = "id, meter_id, service_point_id, installed_at, removed_at, initial_read, final_read";

    public static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    /// <summary>The first whole millisecond at or after <paramref name="instant"/>, so [from, to) ranges keep their meaning on ms columns.</summary>
    public static long CeilingMs(DateTimeOffset instant) =>
        instant.ToUnixTimeMilliseconds() + (instant.UtcTicks % TimeSpan.TicksPerMillisecond == 0 ? 0 : 1);

    public static DateTimeOffset Instant(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static CustomerAccount ReadAccount(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), (AccountKind)r.GetInt32(2), Text(r, 3), Text(r, 4), Instant(r.GetInt64(5)), Instant(r.GetInt64(6)));

    public static ServicePoint ReadServicePoint(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), (ServicePointKind)r.GetInt32(2), r.GetString(3), Text(r, 4),
        r.IsDBNull(5) || r.IsDBNull(6) ? null : new GeoPoint(r.GetDouble(5), r.GetDouble(6)),
        r.GetInt32(7) != 0, Feeders(Text(r, 10)), Instant(r.GetInt64(8)), Instant(r.GetInt64(9)));

    public static Meter ReadMeter(SqliteDataReader r) => new(
        r.GetString(0), (MeterKind)r.GetInt32(1), r.GetString(2), Text(r, 3), r.IsDBNull(4) ? null : r.GetInt32(4),
        r.GetDouble(5), r.GetInt32(6), Instant(r.GetInt64(7)), Instant(r.GetInt64(8))) { ReadingType = (MeterReadingType)r.GetInt32(9) };

    public static Installation ReadInstallation(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), Instant(r.GetInt64(3)), r.IsDBNull(4) ? null : Instant(r.GetInt64(4)),
        r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetDouble(6));

    public static void BindAccount(SqliteCommand command, CustomerAccount a) => Bind(command,
        ("$id", a.Id), ("$name", a.Name), ("$kind", (int)a.Kind), ("$email", a.Email), ("$phone", a.Phone), ("$created", Ms(a.CreatedAt)), ("$updated", Ms(a.UpdatedAt)));

    public static void BindServicePoint(SqliteCommand command, ServicePoint s) => Bind(command,
        ("$id", s.Id), ("$account", s.AccountId), ("$kind", (int)s.Kind), ("$address", s.Address), ("$district", s.DistrictId),
        ("$lon", s.Location?.Longitude), ("$lat", s.Location?.Latitude), ("$occupied", s.Occupied ? 1 : 0),
        ("$created", Ms(s.CreatedAt)), ("$updated", Ms(s.UpdatedAt)));

    public static void BindMeter(SqliteCommand command, Meter m) => Bind(command,
        ("$id", m.Id), ("$kind", (int)m.Kind), ("$serial", m.Serial), ("$device", m.DeviceId), ("$digits", m.RegisterDigits),
        ("$multiplier", m.Multiplier), ("$interval", m.IntervalMinutes), ("$created", Ms(m.CreatedAt)), ("$updated", Ms(m.UpdatedAt)),
        ("$readingType", (int)m.ReadingType));

    public static void BindInstallation(SqliteCommand command, Installation i) => Bind(command,
        ("$id", i.Id), ("$meter", i.MeterId), ("$servicePoint", i.ServicePointId), ("$from", Ms(i.From)), ("$to", i.To is { } to ? Ms(to) : null),
        ("$initial", i.InitialRead), ("$final", i.FinalRead));

    public static void Bind(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, with its wildcards escaped (ESCAPE '\').</summary>
    public static string Contains(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private static string[] Feeders(string? joined) =>
        joined is null ? [] : [.. joined.Split(FeederSeparator).Order(StringComparer.Ordinal)];

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
