using System.Globalization;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>The real hourly register readings of a Danish heat meter (../shared/data/metering/danish_heat_meter), for tests that publish or import real data.</summary>
public static class DanishHeatMeter
{
    /// <summary>The CSV file: columns …, timestamp (index 2), energy register in kWh (index 3).</summary>
    public static string DataPath()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "metering", "danish_heat_meter", "processed_final_data_sample.csv"));
    }

    /// <summary>The register at <paramref name="count"/> consecutive hours from <paramref name="from"/>.</summary>
    public static double[] HourlyRegister(DateTimeOffset from, int count)
    {
        var byInstant = File.ReadLines(DataPath()).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture), f => double.Parse(f[3], CultureInfo.InvariantCulture));
        return [.. Enumerable.Range(0, count).Select(h => byInstant[from.AddHours(h)])];
    }
}
