namespace Polis.Gateway.Mqtt;

/// <summary>
/// How many device connections the MQTT listener may hold. Every connection is a file descriptor, and a process at
/// its open-file limit does not merely refuse the next socket: SQLite, timers and threads need descriptors too, and
/// the runtime aborts ("Out of memory.") when it cannot get one. So the configured maximum is capped at the soft
/// limit minus <see cref="Reserve"/>; connections beyond are refused by the listener and devices retry later.
/// </summary>
public static class ConnectionBudget
{
    /// <summary>Descriptors kept for everything that is not an MQTT device: databases, HTTP, Orleans, the runtime.</summary>
    public const long Reserve = 1_024;

    /// <summary>Never below this, so a tiny limit still lets a few devices in (and shows in the log why not more).</summary>
    public const long Floor = 64;

    public static long Effective(long configured, long? openFileLimit) =>
        openFileLimit is { } limit ? Math.Min(configured, Math.Max(Floor, limit - Reserve)) : configured;

    /// <summary>The soft "Max open files" of this process from /proc/self/limits; null where unlimited or unknown.</summary>
    public static long? ReadOpenFileLimit()
    {
        try
        {
            return File.Exists(LimitsPath) ? ParseOpenFileLimit(File.ReadAllText(LimitsPath)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Parses the text of /proc/self/limits (columns: name, soft, hard, units).</summary>
    public static long? ParseOpenFileLimit(string limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var line in limits.Split('\n'))
        {
            if (line.StartsWith("Max open files", StringComparison.Ordinal))
            {
                var soft = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                return long.TryParse(soft, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
            }
        }

        return null;
    }

    private const string LimitsPath = "/proc/self/limits";
}
